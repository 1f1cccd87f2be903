"""Metric names composed by rule: a head (增加值, 投资, 产量 ...) and what qualifies it, in NBS usage.

``metric_en("第一产业增加值") == "value added of the primary industry"``. The grammar, tried in order:

1. the glossary (exact term), then the built-in statistical vocabulary ``EXACT``;
2. ``X（Y）``: both parts rendered, the parenthesis kept ("fixed-asset investment (excluding rural households)");
3. ``X占Y(的)比重`` -> "share of X in Y" (``占Y比重`` alone -> "share of Y");
4. leading words: scope (全市, 全州, 全县 ... dropped), verbs that only say the figure was reached (实现, 完成,
   拥有 ...), 年末 "(year-end)", 累计 "(cumulative)", 新增 "new", 人均 "per capita", 每年 "per year",
   改造提升 "upgraded";
5. ``<subject><head>``: a head from ``HEADS`` ("value added of {s}") with a subject from ``SUBJECTS`` or the
   glossary (第一产业 "the primary industry", 规模以上工业 "industrial enterprises above designated size").

Everything must be rendered; otherwise None (the row keeps the Chinese, marked). Sources: ``YB x-y`` = China
Statistical Yearbook 2021 table x-y (NBS), ``GWR yyyy/n`` = government_work_reports_2008_2022.tsv, ``P`` =
project rendering following NBS communiqué usage, no official source in the reference (listed by
``metric_sources.unsourced()``). Renderings are checked by tests/test_translate_metrics.py.
"""

from __future__ import annotations

import re

from .done_acts import object_act, with_benefit, with_finding
from .glossary import Glossary, apply_modifier, get_glossary
from .metric_bounds import bounded_class
from .metric_patterns import (
    ACTOR_RE,
    AGE_RE,
    ALLOWANCE_RE,
    BUDGET_FUNDS,
    BUDGET_LEVELS,
    BUDGET_RE,
    COLUMN_HEADS,
    COVERED_RE,
    CPI_GROUPS,
    DONE_TO,
    EMPTY_VERBS,
    FOUND_BY,
    FOUND_BY_RE,
    FUND_HEADS,
    FUND_RE,
    GRANT_FOR_RE,
    INCLUDED_AFTER_RE,
    INCLUDED_RE,
    INNER_ABBR_RE,
    LINE_ABOVE,
    LINE_BELOW,
    OFFICE_ACTOR_RE,
    PAID,
    PAREN_RE,
    PER_COUNTS,
    PER_HEAD_RE,
    PER_PLACE_RE,
    PER_PLACES,
    PER_POPULATION_RE,
    PILOT_RE,
    PLAIN_ONLY,
    PLAN_GAP_RE,
    PLAN_GAP_WHOLES_EN,
    PLAN_SHARE_RE,
    PLAN_WHOLES_EN,
    POPULATIONS,
    PROSPECT_RE,
    PROSPECT_WHEN,
    QUOTED_NAME_RE,
    RATE_RE,
    RATES,
    SANCTION_LINE_RE,
    SANCTIONED,
    SANCTIONS,
    SCHEME_HEAD_RE,
    SCHEME_HEADS,
    SCOPES,
    SHARE_PAID_RE,
    SHARE_RE,
    SIZED_RE,
    SIZES,
    THRESHOLD_START_RE,
    TOTAL_INVESTMENT_RE,
    UNIT_SCOPES,
    USED_FOR_RE,
    WHO_PER_HEAD,
    WHOLE_OWNERS,
    WHOLE_SCOPES,
    WITHIN_RE,
    YEAR_WITHIN_RE,
    YEAR_WORDS,
    YEARS_RE,
    tidy_metric,
)
from .metric_readers import AREA_BAND_BOUNDS, AREA_BAND_RE, TIER_RE, _age_band, _index_base, age_group
from .metric_tables import EXACT, HEADS, LEVELS_AND_ABOVE, NOTES, PARTNERS, SCHEMES, SUBJECTS, TRADE_HEADS
from .metric_vocab import AREAS, BUDGET_LINES, MODE_HEADS, MODES, TRADE_MODE_HEADS, TRADE_MODES, domain_metric
from .threshold_counts import threshold_count


def _with_subject(template: str, subject: str) -> str:
    return template.format(s=subject)


def _strip_article(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def clean_metric(zh: str) -> str:
    """The metric name without spaces and footnote marks (地区生产总值[1] -> 地区生产总值)."""
    return tidy_metric(zh)


class Composer:
    """The grammar bound to a glossary (entries of category metric/term/programme are heads and subjects too)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary

    def _glossary(self, zh: str) -> str | None:
        entry = self.glossary.lookup(zh)
        if entry is not None and entry.category in ("metric", "term", "programme") and not entry.is_helper:
            return entry.en
        return None

    def noun(self, zh: str) -> str | None:
        """A name used as a subject or a whole metric: glossary, EXACT, SUBJECTS, or a composition."""
        if not zh:
            return None
        entry = self.glossary.lookup(zh)
        if zh in EXACT and entry is not None and entry.category == "programme":
            return EXACT[zh][0]  # a programme counted (义务植树 120万株): what its figures count, the metric's name
        found = self._glossary(zh)
        if found is not None:
            return found
        if zh in EXACT:
            return EXACT[zh][0]
        if zh in SUBJECTS and SUBJECTS[zh][0]:
            return _strip_article(SUBJECTS[zh][0])
        return self.compose(zh)

    def subject(self, zh: str) -> str | None:
        if zh in SUBJECTS:
            return SUBJECTS[zh][0]
        if zh.endswith("类") and zh[:-1] in SUBJECTS:  # CPI groups: 食品烟酒类
            return SUBJECTS[zh[:-1]][0]
        if zh.endswith("产业") and len(zh) > 2:  # 新材料产业 -> "the new materials industry"
            field = self._glossary(zh[:-2]) or (SUBJECTS.get(zh[:-2], ("",))[0] or None)
            if field:
                return f"the {_strip_article(field)} industry"
        return self._glossary(zh) or (EXACT[zh][0] if zh in EXACT else None)

    def compose(self, zh: str) -> str | None:
        """The English of a metric name by the grammar, or None."""
        if not zh:
            return None
        m = PAREN_RE.match(zh)
        if m and m.group("x").endswith(("县", "乡", "乡镇")) and re.fullmatch(r"[市区镇街道、]+", m.group("y")):
            m = None  # …的县（区）, 乡（镇）: an administrative unit with its alternatives, no note in brackets
        if m:
            head = self.noun(m.group("x"))
            note = NOTES.get(m.group("y")) or self.noun(m.group("y")) or _age_band(m.group("y")) or _index_base(
                m.group("y"))
            if head and note and (note.lower() == head.lower() or head.endswith(f"the {note}")):
                return head  # 居民消费价格总水平（CPI）: name and abbreviation; …影响…（CPI） "… to the CPI"
            return f"{head} ({note})" if head and note else None
        granted = self._granted(zh)
        if granted:
            return granted
        inner = INNER_ABBR_RE.search(zh)
        if inner:
            return self.noun(zh[: inner.start()] + zh[inner.end():])
        if zh.endswith("类") and zh[:-1] in CPI_GROUPS:  # 交通通信类 in a release: a CPI group, its prices
            return f"prices of {SUBJECTS[zh[:-1]][0]}"
        if zh.endswith("占比") and zh.count("占") == 1 and len(zh) > 2:  # 民生支出占比: share of X (whole unsaid)
            part = self.noun(zh[:-2])
            return f"share of {part}" if part else None
        m = PLAN_SHARE_RE.match(zh)
        if m:
            done = m.group("x").startswith("完成")  # 完成投资: "investment completed"
            part = self.noun(m.group("x")[2:] if done else m.group("x"))
            if part:
                return f"{part}{' completed' if done else ''} as a share of {PLAN_WHOLES_EN[m.group('y')]}"
        m = PLAN_GAP_RE.match(zh)
        if m:
            whole = PLAN_GAP_WHOLES_EN[m.group("y")]
            part = self.noun(m.group("x")) if m.group("x") else ""
            if m.group("x") and not part:
                return None
            return f"{part} against {whole}" if part else f"gap to {whole}"
        m = SHARE_RE.match(zh)
        if m and "占" in zh:
            whole = WHOLE_SCOPES.get(m.group("y")) or self.noun(m.group("y"))
            # 占全省进出口总值: another region's whole; 占全市进出口总额: the region's own, said as in the source
            wider = re.match(r"(全省|全国|全市|全州|全县|全区)的?(?=.{2})", m.group("y"))
            if whole and wider and not re.search(r"\b(?:provinc\w*|national|China|city|county|district|"
                                                 r"prefecture)\b|^the ", whole):
                whole = WHOLE_OWNERS[wider.group(1)] + whole
            if whole is None:
                return None
            if not m.group("x"):  # 占出口总值: the part is the row's own subject
                return f"share in {whole}"
            # (60岁以上占乡村医生比重: an age group of the whole)
            if age := re.fullmatch(r"(\d{1,3})周?岁(?:及|和)?以上的?(?:人员|人)?", m.group("x")):
                return f"share of those aged {age.group(1)} and over among {whole}"
            part = self.noun(m.group("x"))
            return f"share of {part} in {whole}" if part else None
        m = TOTAL_INVESTMENT_RE.match(zh)
        if m:
            what = self.noun(m.group("x"))
            return f"total investment in {what}" if what else None
        m = INCLUDED_RE.match(zh) or INCLUDED_AFTER_RE.match(zh)
        if m:
            entry = self.glossary.lookup(m.group("x"))
            what = self.noun(m.group("y"))
            inside = entry.en if entry is not None and entry.category in ("programme", "term") else None
            return f"{what} included in {inside}" if what and inside and not entry.is_helper else None
        if THRESHOLD_START_RE.match(zh):  # 5亿元以上项目 after a state word (开复工5亿元以上项目)
            from .rows import _threshold

            found = _threshold(zh, self.glossary)
            if found or not TIER_RE.match(zh):
                return found.text if found else None
            # (10万元以上的部分报销: a tier of costs a rate is paid on, not a threshold of things counted)
        m = SANCTION_LINE_RE.match(zh)
        if m:
            what = self.noun(m.group("x"))
            return f"threshold of the {what} for {SANCTIONS[m.group('sanction')][1]}" if what else None
        m = BUDGET_RE.match(zh)
        if m:
            return self._budget(m)
        m = SIZED_RE.match(zh)
        if m:  # 年销售额超1000万元的直播电商企业
            from .numbers import english_number, exact

            x = self.noun(m.group("x"))
            scale = {"万": 10 ** 4, "亿": 10 ** 8, None: 1}[m.group("mag")]
            amount = english_number(exact(m.group("amount") or "1") * scale)
            return f"{x} with {SIZES[m.group('what')]} over CNY {amount}" if x else None
        m = SHARE_PAID_RE.match(zh)
        if m:
            base = self._glossary(m.group("x"))
            return f"{PAID[m.group('y')]} as a share of the {base}" if base else None
        m = USED_FOR_RE.match(zh)
        if m:  # 福利彩票公益金用于养老服务的比例 -> "share of ... used for elderly care services"
            what, use = self.noun(m.group("x")), self.noun(m.group("y"))
            return f"share of {what} used for {use}" if what and use else None
        m = PILOT_RE.match(zh)
        if m and (who := self.noun(m.group("who"))) and (what := self.noun(m.group("what"))):
            kind = "pilots" if m.group("kind") == "试点" else "demonstration projects"
            return f"{who} selected for {what} {kind}" + (" each year" if m.group("each") else "")
        m = PER_POPULATION_RE.match(zh)  # (the same ratio without a verb, 每千人口注册护士: PER_HEAD_RE below)
        if m:
            what, pop = self.noun(m.group("rest")), POPULATIONS.get(m.group("pop")) or self.noun(m.group("pop"))
            if what and pop:  # (else, as 每百户居民拥有…, per place below)
                return f"{what} per {PER_COUNTS[m.group('per')]} {pop}"
        m = PER_HEAD_RE.match(zh)
        if m and (what := self.noun(m.group("rest"))):  # 每千人口卫生技术人员, 城镇居民每百户家用汽车拥有量
            pop = POPULATIONS[m.group("pop")]
            return f"{what} per {PER_COUNTS[m.group('per')]} {WHO_PER_HEAD[m.group('who')]}{pop}"
        m = PER_PLACE_RE.match(zh)
        if m:
            rest = self.noun(m.group("rest")) or self._row_metric(m.group("rest"))
            if rest is None:
                return None
            per = f" per {PER_PLACES[m.group('place') or m.group('unit')]}"
            return rest.removesuffix(" per year") + per + " per year" if rest.endswith(" per year") else rest + per
        m = PROSPECT_RE.match(zh)
        if m:
            rest = self.noun(m.group("rest"))
            new = "new " if m.group("new") else ""
            return f"{new}{rest} {PROSPECT_WHEN[m.group('when')]}" if rest else None
        m = RATE_RE.match(zh)
        if m:  # 县道每公里每年养护资金 -> "maintenance funding for county roads per km per year"
            found = re.findall("|".join(RATES), m.group("rates"))
            rates = " ".join(RATES[r][1] for r in sorted(found, key=lambda r: RATES[r][0]))
            what, whom = self.noun(m.group("y")), self.noun(m.group("x"))
            return f"{what} for {whom} {rates}" if what and whom else None
        found = self._bulletin_vocabulary(zh)
        if found:
            return found
        m = FOUND_BY_RE.match(zh)
        if m and (what := self.noun(m.group("x"))):
            return f"{what} found by " + next(en for key, en in FOUND_BY if key in m.group("how"))
        together = zh.endswith("合计") and len(zh) > 2  # 东盟、欧盟和美国进出口合计: the partners together
        body = re.sub(r"[“”\"]", "", zh[:-2] if together else zh)  # 对“一带一路”沿线国家进出口
        body = body[1:] if body.startswith(("对", "自")) else body  # 对东盟出口, 自东盟进口
        for head in sorted(TRADE_HEADS, key=len, reverse=True):
            partners = re.split(r"[、和及与]", body[: -len(head)]) if body.endswith(head) else []
            if partners and all(p in PARTNERS for p in partners) and (len(partners) > 1 or not together):
                names = [PARTNERS[p] for p in partners]
                listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                return TRADE_HEADS[head].format(p=listed) + (" combined" if together else "")
        for level in sorted(LEVELS_AND_ABOVE, key=len, reverse=True):
            if level != "国家级" and zh.startswith(level) and len(zh) > len(level):
                rest = self.noun(zh[len(level):])
                return f"{rest} ({LEVELS_AND_ABOVE[level]})" if rest else None
        m = AREA_BAND_RE.match(zh)
        if m and (rest := self.noun(m.group("rest"))):
            # 90平方米及以下新建商品住宅销售价格: a size band of the dwellings priced (project rendering)
            return f"{rest} ({m.group('n')} square meters {AREA_BAND_BOUNDS[m.group('bound')]})"
        for scope in SCOPES:
            if zh.startswith(scope) and len(zh) > len(scope):
                return self.noun(zh[len(scope):])
        m = YEARS_RE.match(zh)
        if m:  # 五年累计完成固定资产投资 -> "fixed-asset investment over five years" (the total of the years)
            rest = self.noun(m.group("rest"))
            years = YEAR_WORDS[m.group("n")]
            return f"{rest.removesuffix(' (cumulative)')} over {years} years" if rest else None
        for verb in EMPTY_VERBS:
            if zh.startswith(verb) and len(zh) > len(verb):
                return self.noun(zh[len(verb):])
        if zh.startswith("加上") and len(zh) > 3:  # 加上上级补助收入21.58亿元: "plus" only adds it to a total
            return self.noun(zh[2:])
        if zh.endswith("安排") and len(zh) > 4:  # 教育支出安排7.52亿元: the budgeted line (the row says it is planned)
            return self.noun(zh[:-2])
        m = OFFICE_ACTOR_RE.match(zh)
        if m and (what := self.noun(m.group("rest"))):  # 市文化和广电旅游局联合市商务局发放文旅消费券: what was done
            return what
        m = ACTOR_RE.match(zh)
        if m and (what := self.noun(m.group("what"))):  # 各级公共文化场馆举办各类文化活动: what was held
            return f"{what} held"
        m = YEAR_WITHIN_RE.match(zh)  # 县级人力资源市场全年登记求职人数: the year says the period, the market the scope
        if m and (where := self.noun(m.group("scope"))) and (what := self.noun(m.group("rest"))):
            return f"{what} ({where})"
        m = WITHIN_RE.match(zh)
        if m and self._glossary(m.group("scope")):  # 文旅市场共受理游客投诉: the market is the row's scope
            return self.noun(m.group("rest"))
        for verb, fmt in DONE_TO:
            if zh.startswith(verb) and len(zh) > len(verb):
                obj = zh[len(verb):]  # 改造/实施 before a plain noun only (改造项目竣工验收合格率 is a rate's name)
                if (verb == "公开" and obj.startswith(("招聘", "招标", "选拔", "遴选", "征求", "招募"))) or \
                        obj.endswith("率"):
                    continue  # 公开招聘教师: "open" recruitment, not what was disclosed; 检查合格率: a rate, no object
                plain = verb not in PLAIN_ONLY or self._glossary(obj) or obj in EXACT
                rest = self.noun(obj) if plain else None
                if rest:
                    return fmt.format(rest)
        for word, fmt in (("年末", "{} (year-end)"), ("年底", "{} (year-end)"), ("累计", "{} (cumulative)"),
                          ("每年", "{} per year"), ("改造提升", "{} upgraded"), ("提升改造", "{} upgraded"),
                          ("新增", "new {}"), ("人均", "per capita {}"), ("新引进", "newly introduced {}"),
                          ("新设立", "newly established {}"), ("登记在册", "registered {}"),
                          ("注销", "{} deregistered"),  # (注销企业 "enterprises deregistered", GWR 2021/335)
                          ("国家级", "national-level {}"),
                          ("省级", "provincial-level {}"), ("市、县级", "city- and county-level {}"),
                          ("市县级", "city- and county-level {}"), ("市级", "city-level {}"),
                          ("县级", "county-level {}")):
            if zh.startswith(word) and len(zh) > len(word):
                rest = self.noun(zh[len(word):])
                return fmt.format(rest) if rest else None
        if zh.endswith("参保人数") and zh[:-4] in SCHEMES:  # YB 24-29 参保人数 "Participants"
            return f"people covered by {SCHEMES[zh[:-4]][0]}"
        for scope, units in UNIT_SCOPES.items():  # "retail sales of … by units above designated size"
            if zh.startswith(scope) and len(zh) > len(scope) and (rest := self.noun(zh[len(scope):])):
                return f"{rest} by {units}"
        for head, frame in COLUMN_HEADS.items():  # 公立医院床位数 (a table's row, column): "beds in public hospitals"
            if zh.endswith(head) and len(zh) > len(head) and (whole := self.noun(zh[: -len(head)])):
                return frame.format(s=whole)
        # 高新技术企业数量, 总数: the count of what the name says (头数/只数 of livestock: 生猪出栏头数)
        for count in ("数量", "个数", "家数", "总数", "头数", "只数"):
            if zh.endswith(count) and len(zh) > len(count):
                return self.noun(zh[: -len(count)])
        if zh.endswith(("企业数", "项目数")):
            return self.noun(zh[:-1])
        if zh.endswith("参保率") and zh[:-3] in SCHEMES:  # GWR 2021/228 基本养老保险参保率 "coverage of ..."
            return f"coverage rate of {SCHEMES[zh[:-3]][0]}"
        if zh.startswith("参加"):
            scheme = zh[2:].removesuffix("人数")
            if scheme in SCHEMES:
                return f"people covered by {SCHEMES[scheme][0]}"
            return None
        m = FUND_RE.match(zh)
        if m and m.group("scheme") in SCHEMES:  # 失业保险基金收入 -> "revenue of the unemployment insurance fund"
            scheme = SCHEMES[m.group("scheme")][0]  # (a scheme "for …": "the fund of basic endowment insurance for …")
            fund = f"the {scheme} fund" if " for " not in scheme else f"the fund of {scheme}"
            incl = m.group("incl")
            if incl and incl not in SCHEMES:
                return None
            return FUND_HEADS[m.group("head")].format(fund) + (f" (including {SCHEMES[incl][0]})" if incl else "")
        m = SCHEME_HEAD_RE.match(zh)
        if m and m.group("scheme") in SCHEMES:  # 城乡居民基本养老保险月人均待遇水平
            return SCHEME_HEADS[m.group("head")].format(SCHEMES[m.group("scheme")][0])
        m = COVERED_RE.match(zh)
        if m and m.group("scheme") in SCHEMES and (who := self.noun(m.group("who"))):
            return f"{who} covered by {SCHEMES[m.group('scheme')][0]}"  # 农民工参加工伤保险人数
        for head in sorted(HEADS, key=len, reverse=True):
            if not zh.endswith(head):
                continue
            with_s, alone, _src = HEADS[head]
            rest = zh[: -len(head)]
            for verb in EMPTY_VERBS:  # 规模以上工业企业实现营业收入: the verb between subject and head
                if rest.endswith(verb) and len(rest) > len(verb):
                    rest = rest[: -len(verb)]
            if not rest:
                return alone
            subject = self.subject(rest)
            if subject is None and head in ("比例", "比重", "人数", "重点工程减排量", "减排量"):
                # 重污染天数比例, 氨氮重点工程减排量: any metric as the subject
                subject = self.noun(rest)
            if subject == "":
                return alone
            if subject:
                return _with_subject(with_s, subject)
        for works, done in (("提标改造", "upgraded"), ("改造", "renovated")):  # 老旧片区改造 counted: "old
            if zh.endswith(works) and len(zh) > len(works):  # neighborhoods renovated"; 卫生院提标改造 "… upgraded"
                part = zh[: -len(works)]
                obj = self._glossary(part) or (EXACT[part][0] if part in EXACT else None)
                if obj:
                    return f"{obj} {done}"
                break
        quoted = QUOTED_NAME_RE.search(zh)  # 组织开展“非遗里的中国年”主题活动: the events, their series' name left out
        if quoted and self.glossary.lookup(quoted.group("name")) is None \
                and (rest := self.noun(zh[:quoted.start()] + zh[quoted.end():])):
            return rest
        return self._helped(zh) or self._placed(zh)

    def _granted(self, zh: str) -> str | None:
        """A grant named with its recipients (对新认定的市级智能工厂给予一次性奖励 -> 'one-off reward for newly
        recognized city-level smart factories'), when both render; else None."""
        m = GRANT_FOR_RE.match(zh)
        if not m:
            return None
        grant = self.noun(m.group("g"))
        who = self.noun(m.group("x")) or self.noun(m.group("x").replace("的", "", 1))
        return f"{grant} for {who}" if grant and who else None

    def _bulletin_vocabulary(self, zh: str) -> str | None:
        """The closed lists of statistical bulletins (metric_vocab): an age group of the population, trade by mode,
        traffic by transport mode, a line of the budget by function, subsistence allowances by area, an urban
        rate; None for anything else."""
        m = AGE_RE.match(zh)
        if m:  # 0-14岁人口 "population aged 0-14", 60岁及以上人口 "population aged 60 and over"
            return f"population aged {m.group('a')}" + (f"-{m.group('b')}" if m.group("b") else " and over")
        if (group := age_group(zh, self.noun)) is not None:  # 18至25岁献血者 "blood donors aged 18-25"
            return group
        for mode, mode_en in TRADE_MODES.items():  # 一般贸易进出口 "imports and exports under general trade"
            if zh.startswith(mode) and zh[len(mode):] in TRADE_MODE_HEADS:
                return f"{TRADE_MODE_HEADS[zh[len(mode):]]} under {mode_en}"
        for mode, mode_en in MODES.items():  # 公路货运量 "highway freight traffic"
            if zh.startswith(mode) and zh[len(mode):] in MODE_HEADS:
                return MODE_HEADS[zh[len(mode):]].format(m=mode_en)
        if zh.endswith("支出") and zh[:-2] in BUDGET_LINES:  # 科学技术支出 "spending on science and technology"
            return f"spending on {BUDGET_LINES[zh[:-2]]}"
        m = ALLOWANCE_RE.match(zh)
        if m:  # 城市低保对象 "urban recipients of subsistence allowances", 农村低保标准
            area = AREAS[m.group("area")]
            if m.group("what") == "标准":
                return f"{area} subsistence allowance standard"
            return f"{area} recipients of subsistence allowances"
        for scope in ("规模以上工业", "规上工业"):  # 规模以上工业原煤产量: a product's output of these enterprises
            if zh.startswith(scope) and zh.endswith("产量") and len(zh) > len(scope) + 2:
                out = self.noun(zh[len(scope):])
                return f"{out} of industrial enterprises above designated size" if out else None
        if zh.endswith("税收入") and zh[:-2] in EXACT:  # 个人所得税收入: the tax's revenue, named by the tax
            return EXACT[zh[:-2]][0]
        if zh.startswith("城市") and zh.endswith("率") and len(zh) > 4:  # 城市燃气普及率 "urban gas coverage rate"
            rate = self._glossary(zh[2:]) or (EXACT[zh[2:]][0] if zh[2:] in EXACT else None)
            return f"urban {rate}" if rate else None
        return domain_metric(zh, self.noun)  # the domains' rules (metric_vocab.rules)

    def _row_metric(self, zh: str) -> str | None:
        """A shorter name as the rows read it (glossary compositions too: 社区服务设施 + 面积)."""
        from .rows import metric_english

        found = metric_english(zh, self.glossary)
        return found.text if found else None

    def _budget(self, m: re.Match[str]) -> str | None:
        """市级财政每年安排农村公路养护补助资金 -> 'subsidies for the maintenance of rural roads from the municipal
        budget per year'; the purpose a glossary phrase or <object>养护/建设/改造; else None."""
        purpose = m.group("x")
        yearly = " per year" if m.group("yearly") else ""  # 市级财政安排资金3000万元: a sum, not a yearly one
        if not purpose:  # 县财政每年安排专项资金 (the purpose said elsewhere in the sentence)
            return f"{BUDGET_FUNDS[m.group('funds')]} from the {BUDGET_LEVELS[m.group('level')]} budget{yearly}"
        what = self.noun(purpose)
        for action, english in (("养护", "maintenance"), ("建设", "development"), ("改造", "renovation"),
                                ("发展", "development")):
            if what is None and purpose.endswith(action) and len(purpose) > len(action):
                obj = self.noun(purpose[: -len(action)])
                what = f"the {english} of {obj}" if obj else None
        if what is None:
            return None
        funds = BUDGET_FUNDS[m.group("funds")]
        return f"{funds} for {what} from the {BUDGET_LEVELS[m.group('level')]} budget{yearly}"

    def _helped(self, zh: str) -> str | None:
        """A glossary helper word before a metric: 储备 "~ stockpiled" + 编织袋 -> 'woven bags stockpiled'."""
        for n in range(min(5, len(zh) - 1), 1, -1):
            entry = self.glossary.lookup(zh[:n])
            if entry is not None and entry.is_helper:
                rest = self.noun(zh[n:])
                return apply_modifier(entry.modifier or "", rest) if rest else None
        return None

    def _placed(self, zh: str) -> str | None:
        """A metric of a named place or zone: 石梁县粮食产量 -> 'grain output (Shiliang County)'."""
        from .names import region_en, zone_split

        split = zone_split(zh, self.glossary)
        if split is None:
            return None
        place, rest = split
        for verb in EMPTY_VERBS:
            rest = rest.removeprefix(verb)
        metric = self.noun(rest)
        name = region_en(place, self.glossary)
        return f"{metric} ({name})" if metric and name else None

    def metric(self, zh: str) -> str | None:
        zh = clean_metric(zh)
        return self.noun(zh)


def sanction_line(zh: str, sentence: str, value_text: str, glossary: Glossary | None = None) -> str | None:
    """年度任务完成率通报线 read in its sentence (对年度任务完成率低于80%的市予以通报) -> 'completion rate of annual
    tasks below which a city is publicly named'; None when the metric is no such line or the sentence does not say
    the bound's direction and who is sanctioned in known words (the row then says "threshold of ... for ...")."""
    m = SANCTION_LINE_RE.match(clean_metric(zh))
    if not m or not value_text:
        return None
    bound = "|".join(LINE_BELOW + LINE_ABOVE)
    found = re.search(r"(?P<dir>" + bound + r")\s*" + re.escape(value_text)
                      + r"(?:以[上下])?的(?P<who>[^，,；;。]{1,8}?)(?:予以|进行|给予|实行|实施|一律|要|将)?"
                      + m.group("sanction"), sentence)
    who = SANCTIONED.get(found.group("who")) if found else None
    what = _composer(glossary or get_glossary()).noun(m.group("x"))
    if found is None or who is None or what is None:
        return None
    side = "below" if found.group("dir") in LINE_BELOW else "above"
    return f"{what} {side} which {who} {SANCTIONS[m.group('sanction')][0]}"


_COMPOSERS: dict[int, Composer] = {}


def _composer(glossary: Glossary) -> Composer:
    found = _COMPOSERS.get(id(glossary))
    if found is None or found.glossary is not glossary:
        found = _COMPOSERS[id(glossary)] = Composer(glossary)
    return found


# the years a grant is paid over, named by the grant and 分 or by 连续发放 alone (extract/figures PAID_OVER)
_PAID_OVER_YEARS = re.compile(r"^(?P<what>.{2,}?)?(?:分|连续(?:发放|支付|拨付))$")
# a tier of a scheme before what it is granted (B类人才安家补贴, 二类企业奖励): project renderings
_TIER_OF = re.compile(r"^(?P<tier>[A-Z]|[一二三四五六七八九])类(?P<who>人才|企业|项目|人员)(?P<what>.{2,})$")
_TIER_NUMERALS = dict(zip("一二三四五六七八九", ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"), strict=True))
_TIER_WHO = {"人才": "talent", "企业": "enterprises", "项目": "projects", "人员": "personnel"}
# a government's allocation (市财政安排…资金, 省级财政统筹安排…): the amount is the thing allocated
_ALLOCATED_BY = re.compile(r"^(?:[市县省区]级?)?财政(?:统筹)?安排(?P<what>.{2,})$")
# the columns of a budget execution table (一般公共预算收入执行数, …为预算): project renderings
_BUDGET_COLUMN = re.compile(r"^(?P<what>.{2,}?)(?P<col>执行数|为预算)$")
_BUDGET_COLUMNS = {"执行数": "{} (outturn)", "为预算": "{} as a share of the budget"}


def metric_en(zh: str, glossary: Glossary | None = None) -> str | None:
    """English name of a metric (lower case unless a name), or None when any part cannot be rendered."""
    composer = _composer(glossary or get_glossary())
    found = composer.metric(zh)
    if found is None and re.search(r"(?:的|所占)(?:比重|比例)$", zh):  # 0—14岁人口的比重, 基础研究经费所占比重
        found = composer.metric(re.sub(r"(?:的|所占)(?=(?:比重|比例)$)", "", zh))
    if found is None and re.search(r"拥有.{1,12}文化程度$", zh):  # 每10万人中拥有大学文化程度: … 的人口 unsaid
        found = composer.metric(zh + "的人口")
    if found is None and "》" in zh and len(tail := zh.rsplit("》", 1)[1].removeprefix("等")) >= 2:
        found = composer.metric(tail)  # 《…条例》《…条例》等地方性法规: the examples named, the class counted
    if found is None and (body := _BODY_LEAD.match(zh)) and len(zh) > body.end() + 1:
        found = composer.metric(zh[body.end():])  # 市人大常委会共召开常委会会议: the body is the report's voice
    if found is None:
        found = with_finding(zh, composer.metric) or bounded_class(clean_metric(zh), composer.noun)
    if found is None and (m := _ALLOCATED_BY.match(zh)):  # 市财政安排人才发展专项资金: the fund allocated
        found = metric_en(m.group("what"), glossary)
    if found is None and (m := _BUDGET_COLUMN.match(zh)):  # a budget table's 执行数 and 为预算% columns (P)
        inner = metric_en(m.group("what"), glossary)
        found = _BUDGET_COLUMNS[m.group("col")].format(inner) if inner else None
    if found is None and (m := _TIER_OF.match(zh)):  # B类人才安家补贴: a tier's grant (P)
        inner = metric_en(m.group("what"), glossary)
        tier = _TIER_NUMERALS.get(m.group("tier"), m.group("tier"))
        found = f"{inner} for category {tier} {_TIER_WHO[m.group('who')]}" if inner else None
    if found is None and (m := _PAID_OVER_YEARS.match(zh)):  # 安家补贴分 (5年), 连续发放 (3年): a grant's term (P)
        inner = metric_en(m.group("what"), glossary) if m.group("what") else None
        found = f"years the {inner} is paid over" if inner else "years paid" if not m.group("what") else None
    if found is None and zh.startswith("给予") and len(zh) > 3:  # 给予安家补贴: the grant verb says it is granted
        found = metric_en(zh[2:], glossary)
    if found is None:  # 立法意见建议采纳 (done_acts.py), 降雨量超过100毫米的乡镇 (threshold_counts.py)
        found = object_act(zh, lambda obj: metric_en(obj, glossary)) or with_benefit(
            zh, lambda part: metric_en(part, glossary)) or threshold_count(
            zh, composer.glossary, lambda part: metric_en(part, glossary))
    if found is None and zh.endswith("每月") and len(zh) > 3:  # 给予生活补贴每月3000元: the amount of each month
        inner = metric_en(zh[:-2], glossary)
        found = f"{inner} per month" if inner else None
    return found


# the body whose work a report counts, opening the metric (市人大常委会共召开…, 常委会共制定…)
_BODY_LEAD = re.compile(r"^(?:[市县区州]?人大常委会|常委会|[市县区州]?政协)共?")


