import json

import pytest

from kg.errors import InputError, UnsupportedLanguageError
from kg.ingest import read_articles
from kg.ingest.clean import clean_text, find_metadata

VI = "Người phát ngôn Điện Kremlin Dmitry Peskov cho biết Nga đang phát triển quan hệ với Triều Tiên."
FR = "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la coopération n'était dirigée contre aucun pays."
EN = "Kremlin spokesman Dmitry Peskov said on Monday that the cooperation was not aimed at any third country."


def _read(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return list(read_articles([p]))


def test_txt_article_id_is_stem_and_language_detected(tmp_path):
    for name, text, lang in [("a.txt", VI, "vi"), ("b.txt", FR, "fr"), ("c.txt", EN, "en")]:
        [art] = _read(tmp_path, name, text)
        assert (art.id, art.lang, art.text) == (name[:-4], lang, text)


def test_vietnamese_furniture_removed_and_metadata_kept():
    raw = ("• Zalo\n\nĐiện Kremlin: Nga hợp tác với Triều Tiên\n\n"
           "Thời sự quốc tếThứ Tư, 17/01/2024 21:08:30 +07:00Google News\n(VTC News) -\n\n"
           f"{VI}\nXem video ông Peskov phát biểu. Nguồn: Reuters\n"
           "Tổng thống Nga Vladimir Putin gặp Ngoại trưởng Triều Tiên. (Ảnh: Reuters)\n"
           "Tin liên quan |\n| Mỹ: Không có dấu hiệu Triều Tiên cung cấp vũ khí cho Nga ... |\n"
           "Bình luận\nvtcnews.vn")
    text, meta = clean_text(raw, "vi")
    assert text == "Điện Kremlin: Nga hợp tác với Triều Tiên\n" + VI
    assert meta["published"] == "2024-01-17"
    assert meta["source"] == "VTC News"
    assert meta["title"] == "Điện Kremlin: Nga hợp tác với Triều Tiên"


def test_french_source_url_and_comment_counter():
    raw = f"{FR}\nSource : https://example.org/a-b-c.htm\n\n\nComment (0)"
    text, meta = clean_text(raw, "fr")
    assert text == FR
    assert meta["url"] == "https://example.org/a-b-c.htm"


def test_theo_source_and_inferred_date():
    raw = f"{VI}\nẢnh ngày 19/06/2024. AP\n(Theo RFI Việt ngữ)"
    text, meta = clean_text(raw, "vi")
    assert text == VI
    assert meta["source"] == "RFI Việt ngữ"
    assert meta["published"] == "2024-06-19" and meta["published_inferred"]


def test_dateline_beats_later_dates():
    meta = find_metadata("Thứ Hai, 02/03/2020 10:00\nHội nghị ngày 05/04/2021.", "vi")
    assert meta["published"] == "2020-03-02" and "published_inferred" not in meta


def test_jsonl_good_bad_and_missing_text(tmp_path):
    lines = [json.dumps({"id": "x1", "text": FR, "url": "https://e.org/1", "published": "2024-10-21"}),
             "{not json",
             json.dumps({"id": "x2"}),
             json.dumps({"id": "x3", "text": VI, "lang": "vi"})]
    items = _read(tmp_path, "batch.jsonl", "\n".join(lines))
    arts = [i for i in items if not isinstance(i, InputError)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert [(a.id, a.lang, a.url, a.published) for a in arts] == [
        ("x1", "fr", "https://e.org/1", "2024-10-21"), ("x3", "vi", None, None)]
    assert [(e.line, e.reason.split(":")[0]) for e in errs] == [(2, "malformed JSON"), (3, "no 'text' field (or it is empty)")]
    assert all(e.path.endswith("batch.jsonl") for e in errs)


def test_html_main_text_extracted(tmp_path):
    page = (f"<html><head><title>Peskov</title><script>alert(1)</script></head><body><nav>Menu Home</nav>"
            f"<article><h1>Peskov</h1><p>{EN}</p><p>{EN.replace('Monday', 'Tuesday')}</p></article>"
            "<footer>Share on Facebook</footer></body></html>")
    [art] = _read(tmp_path, "p.html", page)
    assert EN in art.text and "alert" not in art.text and art.lang == "en"


@pytest.mark.parametrize("name,content,mode,reason", [
    ("empty.txt", "", "w", "file is empty"),
    ("blank.txt", "  \n\t\n", "w", "file is empty"),
    ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "wb", "binary file"),
    ("garbage.txt", b"abc \x81\x8d\x8f\x90\x9d xyz \x81\x81 qqq", "wb", "not valid UTF-8"),
    ("short.txt", "Bonjour.", "w", "no article text"),
])
def test_bad_files_are_reported_by_name(tmp_path, name, content, mode, reason):
    [err] = _read(tmp_path, name, content, mode)
    assert isinstance(err, InputError)
    assert err.path.endswith(name) and err.reason.startswith(reason)


def test_unsupported_language(tmp_path):
    [err] = _read(tmp_path, "de.txt", "Der Sprecher des Kremls sagte am Montag, die Zusammenarbeit richte sich "
                                      "nicht gegen ein drittes Land und werde fortgesetzt.")
    assert isinstance(err, UnsupportedLanguageError) and err.lang == "de"
    assert "supported: vi, fr, en" in str(err)


def test_duplicate_ids_and_missing_path(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text(VI, encoding="utf-8")
    items = list(read_articles([tmp_path, tmp_path / "nope"]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError"]
    assert "duplicate article id 'same'" in items[1].reason
    assert items[2].reason == "no such file or directory"


@pytest.mark.parametrize("lang,raw,want", [
    ("en", "Obama tweet to student Ahmed Mohamed Image: Twitter / Barack Obama.\nThe image: a clock he made.",
     "Obama tweet to student Ahmed Mohamed\nThe image: a clock he made."),
    ("en", "He spoke in Seoul. Photo: Reuters", "He spoke in Seoul."),
    ("fr", "Kim Jong-un à Pyongyang Photo : KCNA / AFP\nIl a dit oui.", "Kim Jong-un à Pyongyang\nIl a dit oui."),
    ("vi", "Ông Kim tại Bình Nhưỡng. Ảnh: KCNA\nÔng nói.", "Ông Kim tại Bình Nhưỡng.\nÔng nói."),
    ("en", "He left.\nCaption: Leaders pose in Rio. Photo: AP", "He left.\nLeaders pose in Rio."),
    ("fr", "Il part.\nLégende : Les dirigeants à Rio.", "Il part.\nLes dirigeants à Rio."),
])
def test_a_photo_credit_ending_a_caption_line_and_a_caption_label_are_cut_off_but_not_a_sentence_about_an_image(lang, raw, want):
    # the credit glued to the caption made "Ahmed Mohamed Image" one name
    assert clean_text(raw, lang)[0] == want
