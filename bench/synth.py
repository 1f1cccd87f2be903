"""A synthetic archive of bulletins for the benchmark, deterministic for a given seed.

Sentences, headings and titles are taken from the real and real-style sources (seeds/*.txt and
tests/fixtures/realstyle/*.txt), recombined into new bulletins of several kinds (gazette issues, newspaper
pages, notices, plans, speeches, statistical communiqués, work reports, web pages) with region names and
years changed, then written out with dirty layouts applied programmatically: hard wraps at 14-40 characters,
word segmentation with spaces, paragraphs packed on one line with full-width spaces, page breaks with running
headers and page numbers, duplicated paragraphs, ASCII punctuation, web furniture, several encodings and CRLF
line ends. Lengths are spread log-uniformly between 2 and 60 KB. Each text gets a metadata .yml.

    python bench/synth.py OUT_DIR --count 100 [--seed 1]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_tools.ingest import decode_bytes  # noqa: E402

MATERIAL_DIRS = (ROOT / "seeds", ROOT / "tests" / "fixtures" / "realstyle")
MIN_BYTES, MAX_BYTES = 2 * 1024, 60 * 1024

# (Chinese name, file-name slug): cities and counties of Liaoning.
REGIONS = (
    ("朝阳市", "chaoyang"), ("辽阳市", "liaoyang"), ("沈阳市", "shenyang"), ("大连市", "dalian"),
    ("鞍山市", "anshan"), ("抚顺市", "fushun"), ("本溪市", "benxi"), ("丹东市", "dandong"),
    ("锦州市", "jinzhou"), ("营口市", "yingkou"), ("阜新市", "fuxin"), ("盘锦市", "panjin"),
    ("铁岭市", "tieling"), ("葫芦岛市", "huludao"), ("北票市", "beipiao"), ("凌源市", "lingyuan"),
    ("建平县", "jianping"), ("喀左县", "kazuo"), ("灯塔市", "dengta"), ("海城市", "haicheng"),
    ("庄河市", "zhuanghe"), ("新民市", "xinmin"),
)
KINDS = (("news", 30), ("gazette", 14), ("notice", 12), ("plan", 10), ("speech", 10), ("statistics", 7),
         ("work-report", 8), ("policy", 5), ("report", 4))
TOPICS = ("优化营商环境", "乡村振兴", "农村公路管理养护", "老旧小区改造", "稳就业", "生活垃圾分类", "安全生产",
          "招商引资", "民营经济发展", "冬季清雪", "森林防火", "高标准农田建设", "城乡社区服务体系建设",
          "数字政府建设", "文化旅游融合发展", "河长制", "义务教育优质均衡发展", "养老服务体系建设")
NAMES = ("李文博", "刘海燕", "赵磊", "张帆", "周立群", "王晓", "陈德福", "孙丽", "吴刚", "郑雪", "冯涛", "韩梅")
WEEKDAYS = "一二三四五六日"
CN_NUM = "一二三四五六七八九十"
FURNITURE_WORDS = ("责任编辑", "本报记者", "摄）", "……", "E-mail", "http", "www", "邮编", "电话", "第8版", "总第")
TRADITIONAL_ONLY = set("們這個經濟發產總數統計國會時間實際與將對區關於東門車長開為")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
SENTENCE_RE = re.compile(r"[^。！？]+[。！？][”’」]?")
HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)([^。，；：！？]{2,24})(?:。|$)")
YEAR_RE = re.compile(r"(?<!\d)(20[0-3]\d)(?=\s*年)")
SPACES_RE = re.compile(r"(?<![A-Za-z]) +| +(?![A-Za-z])")
END_PUNCT = "。！？；：”"


@dataclass
class Material:
    """Sentences of one source file (in order), with its region's short name and its year."""

    name: str
    base: str  # region name without 市/县/区/镇, replaced by the synthetic bulletin's region
    year: int
    sentences: list[str]


@dataclass
class Pool:
    materials: list[Material]
    headings: list[str]
    numeric: list[tuple[int, int]] = field(default_factory=list)  # (material, sentence) with a figure
    weights: list[float] = field(default_factory=list)  # choice weight of each material: sqrt(sentences)


def _despace(line: str) -> str:
    """Remove the spaces of word-segmented text (kept between two Latin letters)."""
    return SPACES_RE.sub("", line.replace("\t", " "))


def _material_paragraphs(text: str) -> list[str]:
    """Undo the layout roughly: join hard-wrapped lines, split full-width-space packed paragraphs."""
    paragraphs: list[str] = []
    current = ""
    for raw in text.split("\n"):
        starts = not raw.strip() or raw[:1] in ("\u3000", "\t") or raw.startswith("  ")
        pieces = [_despace(p.strip()) for p in re.split("\u3000{2,}", raw.strip(" \t\u3000"))]
        for i, piece in enumerate(pieces):
            if (i > 0 or starts or current.endswith(tuple(END_PUNCT))) and current:
                paragraphs.append(current)
                current = ""
            current += piece
    if current:
        paragraphs.append(current)
    return paragraphs


def _good_sentence(s: str) -> bool:
    if not 8 <= len(s) <= 220 or any(w in s for w in FURNITURE_WORDS) or TRADITIONAL_ONLY.intersection(s):
        return False
    return len(CJK_RE.findall(s)) >= 0.6 * len(s)


def load_pool(dirs: tuple[Path, ...] = MATERIAL_DIRS) -> Pool:
    materials: list[Material] = []
    headings: set[str] = set()
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            try:
                text = decode_bytes(path.read_bytes(), str(path)).text
            except Exception:  # noqa: BLE001 - a broken fixture is simply not used as material
                continue
            meta_file = path.with_suffix(".yml")
            meta = yaml.safe_load(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
            meta = meta if isinstance(meta, dict) else {}
            region = str(meta.get("region", ""))
            base = re.sub(r"(特别行政区|市|县|区|镇)$", "", region)
            year_match = re.match(r"\d{4}", str(meta.get("date", "")))
            year = int(year_match.group(0)) if year_match else 2020
            sentences: list[str] = []
            for para in _material_paragraphs(text.replace("\r", "")):
                heading = HEADING_RE.match(para)
                if heading and len(para) <= 40:
                    headings.add(heading.group(1))
                    continue
                sentences += [s.strip() for s in SENTENCE_RE.findall(para) if _good_sentence(s.strip())]
            if len(sentences) >= 3 and not TRADITIONAL_ONLY.intersection(base):
                materials.append(Material(path.name, base, year, sentences))
    if not materials:
        raise SystemExit(f"no usable material in {', '.join(str(d) for d in dirs)}")
    pool = Pool(materials, sorted(headings) or list(TOPICS))
    pool.weights = [math.sqrt(len(m.sentences)) for m in materials]
    pool.numeric = [(m, i) for m, mat in enumerate(materials) for i, s in enumerate(mat.sentences)
                    if re.search(r"\d+(\.\d+)?(%|万|亿|个|家|公里|元)", s)]
    return pool


# ---------------------------------------------------------------------------------------------------------------
# Content


@dataclass
class Ctx:
    rng: random.Random
    pool: Pool
    region: str
    base: str
    year: int
    month: int
    day: int
    budget: int  # characters of content still to write

    @property
    def cn_date(self) -> str:
        return f"{self.year}年{self.month}月{self.day}日"


def _adapt(ctx: Ctx, mat: Material, sentence: str) -> str:
    if mat.base and mat.base != ctx.base:
        sentence = sentence.replace(mat.base, ctx.base)
    delta = ctx.year - mat.year

    def shift(m: re.Match[str]) -> str:
        y = int(m.group(1)) + delta
        return str(y) if 2000 <= y <= 2035 else m.group(1)

    return YEAR_RE.sub(shift, sentence) if delta else sentence


def paragraph(ctx: Ctx, numeric: bool = False) -> str:
    """1-5 consecutive sentences of one material (or a run starting at a sentence with a figure)."""
    rng = ctx.rng
    if numeric and ctx.pool.numeric:
        m, start = rng.choice(ctx.pool.numeric)
        mat = ctx.pool.materials[m]
    else:
        mat = rng.choices(ctx.pool.materials, ctx.pool.weights)[0]
        start = rng.randrange(len(mat.sentences))
    count = rng.choice((1, 2, 2, 3, 3, 4, 5))
    text = "".join(_adapt(ctx, mat, s) for s in mat.sentences[start:start + count])
    ctx.budget -= len(text)
    return text


def heading_text(ctx: Ctx) -> str:
    return ctx.rng.choice(ctx.pool.headings)


def cn_ordinal(n: int) -> str:
    if n <= 10:
        return CN_NUM[n - 1]
    return "十" + CN_NUM[n - 11] if n < 20 else str(n)


Item = tuple[str, str]  # (role, text): furniture, title, meta, heading, body, signature, date


def sections(ctx: Ctx, share: int, *, numeric: bool = False, sub: bool = False) -> list[Item]:
    """Numbered sections (一、 / （一）) of body paragraphs, until ``share`` characters are written."""
    items: list[Item] = []
    stop = ctx.budget - share
    n = 0
    while ctx.budget > stop:
        n += 1
        items.append(("heading", f"{cn_ordinal(n)}、{heading_text(ctx)}"))
        for k in range(1, ctx.rng.randint(2, 4) if sub else 2):
            if sub:
                items.append(("heading", f"（{cn_ordinal(k)}）{heading_text(ctx)}"))
            for _ in range(ctx.rng.randint(1, 4)):
                items.append(("body", paragraph(ctx, numeric)))
                if ctx.budget <= stop:
                    return items
    return items


def doc_notice(ctx: Ctx, share: int) -> list[Item]:
    topic = ctx.rng.choice(TOPICS)
    short = ctx.region[0]
    items: list[Item] = [("meta", f"{ctx.region}人民政府办公室文件"),
                         ("meta", f"{short}政办发〔{ctx.year}〕{ctx.rng.randint(1, 60)}号"),
                         ("title", f"{ctx.region}人民政府办公室关于进一步做好{topic}工作的通知"),
                         ("body", "各县（市）区人民政府，市政府各部门，市直各单位：")]
    stop = ctx.budget - share
    while ctx.budget > stop:
        items.append(("body", paragraph(ctx)))
    items += [("signature", f"{ctx.region}人民政府办公室"), ("date", ctx.cn_date), ("meta", "（此件公开发布）")]
    return items


def doc_plan(ctx: Ctx, share: int) -> list[Item]:
    topic = ctx.rng.choice(TOPICS)
    items: list[Item] = [("title", f"{ctx.region}{topic}实施方案"), ("body", paragraph(ctx))]
    return items + sections(ctx, share, sub=True)


def doc_speech(ctx: Ctx, share: int) -> list[Item]:
    topic = ctx.rng.choice(TOPICS)
    items: list[Item] = [("title", f"在全市{topic}工作会议上的讲话"), ("meta", f"（{ctx.cn_date}）"),
                         ("meta", f"市长  {ctx.rng.choice(NAMES)}"), ("body", "同志们："), ("body", paragraph(ctx))]
    items += sections(ctx, share)
    if ctx.rng.random() < 0.5:
        items.insert(len(items) // 2, ("meta", "（掌声）"))
    return items


def doc_article(ctx: Ctx, share: int) -> list[Item]:
    items: list[Item] = [("title", f"{ctx.base}{heading_text(ctx)}"),
                         ("meta", f"本报记者  {ctx.rng.choice(NAMES)}")]
    stop = ctx.budget - share
    while ctx.budget > stop:
        items.append(("body", paragraph(ctx, numeric=ctx.rng.random() < 0.4)))
    if ctx.rng.random() < 0.3:
        caption = f"▲{heading_text(ctx)}。（本报记者 {ctx.rng.choice(NAMES)} 摄）"
        items.insert(len(items) // 2 + 1, ("furniture", caption))
    return items


def doc_statistics(ctx: Ctx, share: int) -> list[Item]:
    items: list[Item] = [("title", f"{ctx.region}{ctx.year - 1}年国民经济和社会发展统计公报"),
                         ("meta", f"{ctx.region}统计局"), ("meta", f"（{ctx.cn_date}）")]
    return items + sections(ctx, share, numeric=True)


def doc_report(ctx: Ctx, share: int) -> list[Item]:
    items: list[Item] = [("title", f"{ctx.year}年工作安排"), ("body", paragraph(ctx))]
    return items + sections(ctx, share)


# ---------------------------------------------------------------------------------------------------------------
# Bulletins


def compose(ctx: Ctx, kind: str) -> tuple[list[Item], dict[str, str]]:
    """The content of one bulletin and its metadata (source, title, issuer ...)."""
    rng = ctx.rng
    total = ctx.budget
    meta: dict[str, str] = {}
    if kind == "gazette":
        issue = rng.randint(1, 24)
        docs = [doc_notice(ctx, total // 4), doc_plan(ctx, total // 3), doc_speech(ctx, max(ctx.budget, 200))]
        titles = [next(t for r, t in d if r == "title") for d in docs]
        toc = [("furniture", f"{t}……（{i * 4 + 2}）") for i, t in enumerate(titles)]
        items: list[Item] = [("furniture", f"{ctx.region}人民政府公报"),
                             ("furniture", f"{ctx.year}年第{issue}期（总第{issue + 200}期）"),
                             ("furniture", "目    录"), *toc]
        for d in docs:
            items += d
        meta["source"] = f"{ctx.region}人民政府公报 {ctx.year}年第{issue}期"
        meta["issuer"] = f"{ctx.region}人民政府办公室"
        return items, meta
    if kind == "news":
        paper = f"{ctx.base}日报"
        items = [("furniture", paper), ("furniture", f"{ctx.cn_date}  星期{WEEKDAYS[rng.randrange(7)]}"),
                 ("furniture", f"第{rng.randint(1, 8)}版  要闻")]
        n = rng.randint(1, 4)
        for _ in range(n):
            items += doc_article(ctx, max(total // n, 300))
        meta["source"] = f"{paper} {ctx.cn_date}"
        return items, meta
    builder = {"notice": doc_notice, "policy": doc_notice, "plan": doc_plan, "speech": doc_speech,
               "statistics": doc_statistics, "work-report": doc_report, "report": doc_report}[kind]
    items = builder(ctx, total)
    title = next(t for r, t in items if r == "title")
    meta["source"] = f"{ctx.region}人民政府网站" if rng.random() < 0.5 else f"{ctx.region}人民政府公报"
    if rng.random() < 0.5:
        meta["title"] = title
    if rng.random() < 0.3:
        items = web_furniture(ctx, title) + items + [("furniture", f"（责任编辑：{rng.choice(NAMES)}）"),
                                                    ("furniture", "扫一扫在手机打开当前页"),
                                                    ("furniture", "打印本页  关闭窗口")]
    return items, meta


def web_furniture(ctx: Ctx, title: str) -> list[Item]:
    return [("furniture", "首页 > 政务公开 > 政策文件"), ("furniture", title),
            ("furniture", f"发布时间：{ctx.year}-{ctx.month:02d}-{ctx.day:02d} 09:30  来源：{ctx.region}人民政府"),
            ("furniture", "【字体：大 中 小】  浏览次数：1286"), ("furniture", "分享到：")]


# ---------------------------------------------------------------------------------------------------------------
# Layouts

ASCII_PUNCT = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


def segment(text: str, rng: random.Random) -> str:
    """Word segmentation with spaces, as in exported work reports: '增长 6 . 5 %'."""
    tokens: list[str] = []
    run = ""
    for ch in text:
        if CJK_RE.match(ch):
            run += ch
            continue
        if run:
            tokens += _chunks(run, rng)
            run = ""
        if ch.isascii() and ch.isalpha() and tokens and tokens[-1].isascii() and tokens[-1].isalpha():
            tokens[-1] += ch
        elif not ch.isspace():
            tokens.append(ch)
    if run:
        tokens += _chunks(run, rng)
    return " ".join(tokens) + " "


def _chunks(run: str, rng: random.Random) -> list[str]:
    out = []
    i = 0
    while i < len(run):
        n = rng.choice((1, 2, 2, 2, 3, 4))
        out.append(run[i:i + n])
        i += n
    return out


def wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


@dataclass
class Layout:
    indent: str = ""
    blank: bool = True
    width: int = 0  # hard wrap width, 0 = none
    segmented: bool = False
    packed: bool = False  # body paragraphs run together on one line, separated by full-width spaces
    page_lines: int = 0  # page break every N lines, 0 = none
    duplicate: bool = False
    ascii_punct: bool = False
    trailing: bool = False

    def describe(self) -> str:
        parts = [f"wrap{self.width}" if self.width else "", "segmented" if self.segmented else "",
                 "packed" if self.packed else "", f"pages{self.page_lines}" if self.page_lines else "",
                 "duplicate" if self.duplicate else "", "ascii-punct" if self.ascii_punct else ""]
        return "+".join(p for p in parts if p) or "plain"


def choose_layout(rng: random.Random, kind: str) -> Layout:
    lay = Layout(indent=rng.choice(("\u3000\u3000", "\u3000\u3000", "\t", "", "  ")), blank=rng.random() < 0.6)
    style = rng.random()
    if style < 0.12 or (kind == "work-report" and style < 0.5):
        lay.segmented = True
    elif style < 0.22:
        lay.packed = True
    elif style < 0.65 or kind in ("news", "gazette"):
        lay.width = rng.randint(14, 40)
    lay.page_lines = rng.randint(35, 70) if (kind in ("gazette", "news") or rng.random() < 0.25) else 0
    lay.duplicate = rng.random() < 0.2
    lay.ascii_punct = rng.random() < 0.15
    lay.trailing = rng.random() < 0.2
    return lay


def layout_text(items: list[Item], lay: Layout, rng: random.Random, page_header: str) -> str:
    items = list(items)
    bodies = [i for i, (role, _) in enumerate(items) if role == "body"]
    if lay.duplicate and bodies:
        i = rng.choice(bodies)
        items.insert(i + 1 if rng.random() < 0.5 else len(items), items[i])
    lines: list[str] = []
    packed: list[str] = []

    def flush() -> None:
        if packed:
            lines.append("\u3000\u3000" + "\u3000\u3000".join(packed))
            packed.clear()

    for role, text in items:
        if lay.segmented and role in ("body", "heading", "title"):
            text = segment(text, rng)
        if lay.packed and role in ("body", "heading"):
            packed.append(text)
            continue
        flush()
        indent = lay.indent if role in ("body", "heading") else ""
        if lay.width and role == "body":
            chunk = wrap(indent + text, lay.width)
        else:
            chunk = [indent + text]
        if lay.trailing:
            chunk = [c + " " * rng.randint(0, 2) for c in chunk]
        lines += chunk
        if lay.blank or role in ("title", "furniture") and rng.random() < 0.5:
            lines.append("")
    flush()
    if lay.page_lines:
        paged: list[str] = []
        for n, start in enumerate(range(0, len(lines), lay.page_lines), 1):
            if n > 1:
                paged += ["", page_header, ""]
            paged += lines[start:start + lay.page_lines]
            paged += ["", f"- {n} -", ""]
        lines = paged
    text = "\n".join(lines) + "\n"
    return text.translate(ASCII_PUNCT) if lay.ascii_punct else text


def encode(text: str, rng: random.Random) -> tuple[bytes, str]:
    r = rng.random()
    if r < 0.05:
        text = text.replace("\n", "\r\n")
    r = rng.random()
    if r < 0.08:
        return text.encode("gb18030"), "gb18030"
    if r < 0.12:
        return text.encode("utf-16"), "utf-16"
    if r < 0.16:
        return text.encode("utf-8-sig"), "utf-8-sig"
    return text.encode("utf-8"), "utf-8"


@dataclass
class Bulletin:
    name: str
    kind: str
    region: str
    layout: str
    encoding: str
    size: int  # bytes written


def make_bulletin(index: int, pool: Pool, rng: random.Random) -> tuple[str, bytes, str, Bulletin]:
    """(file stem, text bytes, metadata YAML, description) of one synthetic bulletin."""
    region, slug = rng.choice(REGIONS)
    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    target = math.exp(rng.uniform(math.log(MIN_BYTES), math.log(MAX_BYTES)))
    lay = choose_layout(rng, kind)
    base = re.sub(r"(市|县)$", "", region)
    inflate = 3.0 * (1.45 if lay.segmented else 1.0) * 1.08  # UTF-8 bytes per character of content
    ctx = Ctx(rng, pool, region, base, year, month, day, budget=int(target / inflate))
    items, meta = compose(ctx, kind)
    header = next((t for r, t in items if r == "furniture"), f"{region}人民政府")
    text = layout_text(items, lay, rng, header)
    while len(text.encode("utf-8")) > MAX_BYTES and sum(r == "body" for r, _ in items) > 2:
        last = max(i for i, (r, _) in enumerate(items) if r == "body")
        del items[last]
        text = layout_text(items, lay, random.Random(index), header)
    data, encoding = encode(text, rng)
    precision = rng.random()
    date = (f"{year}-{month:02d}-{day:02d}" if precision < 0.6 else f"{year}-{month:02d}" if precision < 0.9
            else str(year))
    stem = f"{year}-{slug}-{kind}-{index:04d}"
    meta_doc = {"date": date, "region": region, "kind": kind, **meta,
                "notes": f"Synthetic benchmark bulletin {index} ({lay.describe()}, {encoding})."}
    meta_text = yaml.safe_dump(meta_doc, allow_unicode=True, sort_keys=False, width=1000)
    return stem, data, meta_text, Bulletin(stem, kind, region, lay.describe(), encoding, len(data))


def generate(out: str | Path, count: int, seed: int = 1, pool: Pool | None = None) -> list[Bulletin]:
    """Write ``count`` bulletins (NAME.txt + NAME.yml) into ``out`` (created; existing *.txt/*.yml removed)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.txt"), *out.glob("*.yml")]:
        old.unlink()
    pool = pool or load_pool()
    rng = random.Random(seed)
    made: list[Bulletin] = []
    for index in range(1, count + 1):
        stem, data, meta_text, info = make_bulletin(index, pool, random.Random(rng.getrandbits(64)))
        (out / f"{stem}.txt").write_bytes(data)
        (out / f"{stem}.yml").write_text(meta_text, encoding="utf-8")
        made.append(info)
    return made


NUMBER_RE = re.compile(r"(\d+)(?=(\.\d+)?(%|万|亿|个|家))")


def mutate(path: str | Path, step: int = 1) -> None:
    """Change one figure in one bulletin (an editor's correction), keeping its encoding."""
    path = Path(path)
    decoded = decode_bytes(path.read_bytes(), str(path))
    text = decoded.text
    m = NUMBER_RE.search(text)
    if m:
        text = text[:m.start()] + str(int(m.group(1)) + step) + text[m.end():]
    else:
        text += "\n本文件经修订。\n"
    path.write_bytes(text.encode(decoded.encoding))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="output folder (its *.txt and *.yml are replaced)")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    made = generate(args.out, args.count, args.seed)
    total = sum(b.size for b in made)
    sys.stderr.write(f"{len(made)} bulletins, {total / 1e6:.1f} MB in {args.out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
