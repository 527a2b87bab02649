"""Generate benchmark corpora of real-looking news articles in Vietnamese, French and English.

    python bench/corpus.py --articles 1000 --out bench/corpus-1k.jsonl [--langs vi,fr,en] [--seed 7]

Articles are assembled from per-language sentence templates (reported speech, meetings, visits, titles, phone
calls, sanctions, and off-topic sentences on weather, sport and markets) filled from name pools; lengths vary from
6 to 30 sentences like real wire copy. Reproducible for a given seed. The pools are invented or generic: nothing
here comes from the seed articles or their gold annotations. For throughput, not for quality.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = {
    "vi": ["Nga", "Trung Quốc", "Nhật Bản", "Ấn Độ", "Pháp", "Đức", "Brazil", "Indonesia", "Thái Lan", "Australia",
           "Canada", "Mexico", "Ai Cập", "Thổ Nhĩ Kỳ", "Iran", "Ba Lan", "Hàn Quốc", "Philippines", "Malaysia", "Mỹ"],
    "fr": ["la Russie", "la Chine", "le Japon", "l'Inde", "l'Allemagne", "le Brésil", "l'Indonésie", "la Thaïlande",
           "l'Australie", "le Canada", "le Mexique", "l'Égypte", "la Turquie", "l'Iran", "la Pologne", "le Vietnam",
           "les Philippines", "la Malaisie", "les États-Unis", "l'Italie"],
    "en": ["Russia", "China", "Japan", "India", "France", "Germany", "Brazil", "Indonesia", "Thailand", "Australia",
           "Canada", "Mexico", "Egypt", "Turkey", "Iran", "Poland", "Vietnam", "the Philippines", "Malaysia", "Italy"],
}
CITIES = {
    "vi": ["Hà Nội", "Bắc Kinh", "Tokyo", "New Delhi", "Paris", "Berlin", "Jakarta", "Bangkok", "Canberra", "Ankara"],
    "fr": ["Hanoï", "Pékin", "Tokyo", "New Delhi", "Berlin", "Jakarta", "Bangkok", "Canberra", "Ankara", "Varsovie"],
    "en": ["Hanoi", "Beijing", "Tokyo", "New Delhi", "Paris", "Berlin", "Jakarta", "Bangkok", "Canberra", "Ankara"],
}
GIVEN = {"vi": ["Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Quốc", "Hoàng Anh", "Vũ Đức", "Đặng Thu", "Bùi Hải"],
         "fr": ["Jean", "Claire", "Michel", "Sophie", "Laurent", "Isabelle", "Olivier", "Nathalie", "Pierre", "Anne"],
         "en": ["John", "Sarah", "Michael", "Emily", "David", "Laura", "James", "Helen", "Robert", "Karen"]}
FAMILY = {"vi": ["An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Long", "Minh", "Nam", "Phong", "Sơn", "Thảo"],
          "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier", "Blanc"],
          "en": ["Smith", "Johnson", "Walker", "Harris", "Clarke", "Turner", "Morgan", "Bennett", "Hughes", "Price"]}
FOREIGN = ["Alexei Volkov", "Kenji Sato", "Li Wei", "Rajesh Kumar", "Ahmed Hassan", "Ana Souza", "Piotr Nowak",
           "Mehmet Yilmaz", "Siti Rahman", "Carlos Herrera", "Hans Becker", "Yuki Tanaka"]
ROLES = {"vi": ["Bộ trưởng Ngoại giao", "Thủ tướng", "Tổng thống", "Người phát ngôn Bộ Ngoại giao",
                "Bộ trưởng Quốc phòng", "Đại sứ"],
         "fr": ["le ministre des Affaires étrangères", "le Premier ministre", "le président",
                "le porte-parole du ministère des Affaires étrangères", "le ministre de la Défense", "l'ambassadeur"],
         "en": ["Foreign Minister", "Prime Minister", "President", "Foreign Ministry spokesperson", "Defence Minister",
                "Ambassador"]}
TOPICS = {"vi": ["hợp tác kinh tế", "an ninh khu vực", "thương mại song phương", "biến đổi khí hậu", "năng lượng",
                 "vấn đề biển đảo", "đầu tư hạ tầng"],
          "fr": ["la coopération économique", "la sécurité régionale", "le commerce bilatéral", "le climat",
                 "l'énergie", "la situation en mer", "les investissements"],
          "en": ["economic cooperation", "regional security", "bilateral trade", "climate change", "energy",
                 "maritime disputes", "infrastructure investment"]}
OUTLETS = {"vi": ["TTXVN", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "VOV"],
           "fr": ["l'AFP", "Le Monde", "Le Figaro", "RFI", "France 24"],
           "en": ["Reuters", "the Associated Press", "Bloomberg", "the BBC", "Al Jazeera"]}

TEMPLATES = {
    "vi": [
        "{role} {c1} {p1} cho biết {c1} sẵn sàng thúc đẩy {topic} với {c2}.",
        "Ngày {d}/{m}, {role} {c1} {p1} đã gặp {role2} {c2} {p2} tại {city}.",
        "Phát biểu tại cuộc họp báo, ông {p1} nói rằng {c2} không phải là mối đe dọa đối với {c1}.",
        "“Chúng tôi sẽ tiếp tục đối thoại với {c2}”, {p1} nói với các phóng viên.",
        "Theo {outlet}, {c1} và {c2} đã ký thỏa thuận về {topic}.",
        "{role} {p1} đã điện đàm với người đồng cấp {c2} {p2} về {topic}.",
        "{c1} đã triệu tập đại sứ {c2} để phản đối các tuyên bố gần đây.",
        "Bà {p1} cảnh báo rằng tình hình có thể trở nên nghiêm trọng hơn nếu các bên không kiềm chế.",
        "{p2} bác bỏ cáo buộc rằng {c2} cung cấp vũ khí cho {c3}.",
        "Trước đó, {c1} đã áp đặt lệnh trừng phạt đối với một số công ty của {c2}.",
        "Ông {p1} từ chối bình luận về khả năng {c1} tham gia các cuộc đàm phán.",
        "{role} {c3} {p3} sẽ thăm {city} vào tháng tới.",
        "Thời tiết tại {city} hôm nay có mưa rào và dông rải rác, nhiệt độ cao nhất khoảng 31 độ.",
        "Chỉ số chứng khoán tăng nhẹ trong phiên giao dịch sáng nay, thanh khoản cải thiện so với tuần trước.",
        "Đội tuyển bóng đá {c2} đã giành chiến thắng 2-1 trong trận giao hữu tối qua.",
        "Các chuyên gia cho rằng {topic} sẽ là chủ đề chính của hội nghị năm nay.",
    ],
    "fr": [
        "{role_cap} {p1} a déclaré que {c1} était prête à renforcer {topic} avec {c2}.",
        "Le {d} {month}, {role} {p1} a rencontré son homologue {p2} à {city}.",
        "« Nous poursuivrons le dialogue avec {c2} », a affirmé {p1} devant la presse.",
        "Selon {outlet}, les deux pays ont signé un accord sur {topic}.",
        "{p1} s'est entretenu par téléphone avec {p2} de {topic}.",
        "{c1_cap} a convoqué l'ambassadeur pour protester contre ces déclarations.",
        "{p2} a démenti que son pays fournisse des armes à {c3}.",
        "Elle a averti que la situation pourrait se dégrader si aucune solution n'était trouvée.",
        "{p1} n'a pas souhaité commenter les informations de presse.",
        "{role_cap} {p3} se rendra à {city} le mois prochain, selon un communiqué.",
        "Il fera beau sur l'ensemble du pays ce week-end, avec des températures de saison.",
        "La Bourse de Paris a terminé en légère hausse, portée par les valeurs bancaires.",
        "L'équipe nationale s'est imposée deux buts à un lors du match amical de mardi soir.",
        "Les analystes estiment que {topic} dominera les discussions du sommet.",
    ],
    "en": [
        "{role} {p1} said {c1} was ready to deepen {topic} with {c2}.",
        "On {month} {d}, {role} {p1} met his {c2} counterpart {p2} in {city}.",
        "\"We will keep talking to {c2},\" {p1} told reporters.",
        "According to {outlet}, the two countries signed an agreement on {topic}.",
        "{p1} held a phone call with {p2} on {topic}, the ministry said.",
        "{c1_cap} summoned the ambassador of {c2} to protest the remarks.",
        "{p2} denied that {c2} was supplying weapons to {c3}.",
        "She warned that the situation could deteriorate if no agreement was reached.",
        "{p1} declined to comment on the reports.",
        "{role} {p3} will visit {city} next month, a statement said.",
        "Showers are expected across the region this weekend, with temperatures close to normal.",
        "Stocks closed slightly higher on Tuesday, led by banking shares.",
        "The national team won 2-1 in a friendly match on Tuesday night.",
        "Analysts expect {topic} to dominate the summit.",
    ],
}
MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}


def _person(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.3:
        return rng.choice(FOREIGN)
    return f"{rng.choice(GIVEN[lang])} {rng.choice(FAMILY[lang])}"


def article(rng: random.Random, lang: str, k: int) -> dict:
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    people = [_person(rng, lang) for _ in range(3)]
    countries = rng.sample(COUNTRIES[lang], 3)
    sentences = []
    for _ in range(rng.randint(6, 30)):
        t = rng.choice(TEMPLATES[lang])
        d = published - timedelta(days=rng.randrange(3))
        role = rng.choice(ROLES[lang])
        sentences.append(t.format(
            role=role, role_cap=role[:1].upper() + role[1:], role2=rng.choice(ROLES[lang]),
            p1=people[0], p2=people[1], p3=people[2], c1=countries[0], c2=countries[1], c3=countries[2],
            c1_cap=countries[0][:1].upper() + countries[0][1:], city=rng.choice(CITIES[lang]),
            topic=rng.choice(TOPICS[lang]), outlet=rng.choice(OUTLETS[lang]), d=d.day, m=d.month,
            month=MONTHS.get(lang, MONTHS["en"])[d.month - 1]))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return {"id": f"bench-{lang}-{k:07d}", "lang": lang, "published": published.isoformat(),
            "title": sentences[0][:80], "source": rng.choice(OUTLETS[lang]).removeprefix("l'").removeprefix("the "),
            "url": f"https://news.example/{lang}/{k}", "text": "\n\n".join(paragraphs)}


def generate(n: int, langs: list[str], seed: int = 7):
    rng = random.Random(seed)
    for k in range(n):
        yield article(rng, langs[k % len(langs)], k)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--langs", default="vi,fr,en")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="a .jsonl file")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for art in generate(a.articles, a.langs.split(","), a.seed):
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    tmp.replace(out)
    print(f"wrote {a.articles} articles to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
