"""Standard headings of notices, rules and work plans that are not whole phrases of ``title_tables.PLAN_HEADINGS``:
chapters named by paired action nouns (规划与建设 "Planning and Construction"), the stages of a campaign with their
dates (动员部署阶段（2025年3月） "Mobilization and Deployment Stage (March 2025)"), and more fixed headings.
Project renderings after the State Council's English regulations ("Planning and Construction", "Supervision and
Administration", "Legal Liability"), listed in translations/README.md."""

from __future__ import annotations

import re

from .periods import english_period

# Headings of notices and work plans (project renderings).
MORE_PLAN_HEADINGS: dict[str, str] = {
    "资金来源": "Sources of Funding", "下一步工作": "Next Steps", "下一步工作计划": "Next Steps",
    "组织机构": "Organizational Structure", "工作职责": "Responsibilities", "主要职责": "Main Responsibilities",
    "职责分工": "Division of Responsibilities", "任务分工": "Division of Tasks",
    "责任分工": "Division of Responsibilities", "严格考核督导": "Conducting Strict Assessment and Supervision",
    "加强考核督导": "Strengthening Assessment and Supervision",
    "强化考核督导": "Strengthening Assessment and Supervision", "政策措施": "Policy Measures",
    "支持政策": "Support Policies", "申报条件": "Eligibility", "申报材料": "Application Materials",
    "办理流程": "Procedure", "实施时间": "Period of Implementation", "实施期限": "Period of Validity",
    "有效期限": "Period of Validity", "名词解释": "Definitions", "工作机制": "Working Mechanism",
    "工作成效": "Results", "主要工作成效": "Main Results", "主要成效": "Main Results",
    "存在问题": "Problems", "问题和不足": "Problems and Shortcomings",
    "存在的问题和不足": "Problems and Shortcomings", "意见建议": "Suggestions", "工作步骤": "Implementation Steps",
    "工作措施": "Measures", "主要措施": "Main Measures", "具体措施": "Specific Measures",
    # sections of summaries, circulars and bulletins (project renderings)
    "主要工作": "Main Work Done", "典型案例": "Typical Cases", "灾情损失": "Disaster Losses", "灾情": "Disasters",
    "旱情": "Drought", "汛情": "Flood Situation", "港口": "Ports", "运输服务": "Transport Services",
    "火灾事故": "Fire Accidents", "交通事故": "Road Traffic Accidents", "创业扶持": "Support for Business Startups",
    "整改情况": "Rectification",
    # sections of a report on the rectification after inspection tours and of an urban health check report (holdout57;
    # project renderings)
    "总体整改情况": "Overall Rectification", "被巡察单位整改情况": "Rectification by the Units Inspected",
    "被巡察党组织整改情况": "Rectification by the Party Organizations Inspected",
    "严肃追责问责": "Holding Officials Strictly Accountable", "整改措施": "Rectification Measures",
    "推动解决群众急难愁盼问题": "Solving the Public's Most Pressing Problems",
    "体检工作概况": "Overview of the Health Check", "城市体检工作概况": "Overview of the Urban Health Check",
    # the notes closing a statistical release (NBS English releases: "Explanatory Notes", "Statistical Coverage",
    # "Data Sources"; project renderings in that wording)
    "附注": "Notes", "注释": "Notes", "指标解释": "Explanatory Notes", "主要指标解释": "Explanatory Notes",
    "统计范围": "Statistical Coverage", "数据来源": "Data Sources", "调查方法": "Survey Methods",
    # sections of an implementation plan for agricultural insurance (holdout61; project renderings, 农业保险
    # "agricultural insurance" GWR 2019/482)
    "目标任务": "Goals and Tasks", "保险品种、保险金额和保险费率": "Insurance Products, Sums Insured and Premium Rates",
    "保费补贴政策": "Premium Subsidy Policies", "保险期间": "Period of Insurance", "理赔规定": "Claims Rules",
    "承保机构和服务要求": "Insurers and Service Requirements", "及时报案": "Reporting Claims Promptly",
    "及时查勘定损": "Prompt Loss Assessment", "赔款直达农户": "Claims Paid Directly to Farmers",
    # sections of a white paper on intellectual property and of a complaints analysis (holdout71): the kinds of rights
    # (地理标志 "geographical indications" GWR 2019/466, 版权 "copyright" YB 23-8; the rest project renderings)
    "前言": "Preface", "专利": "Patents", "商标": "Trademarks", "地理标志": "Geographical Indications",
    "版权": "Copyright", "其他知识产权": "Other Intellectual Property", "投诉热点分析": "Complaint Hot Spots",
    "区域分布": "Distribution by Area", "消费提示": "Consumer Tips", "工作重点": "Priorities",
    "工作重点和发展目标": "Priorities and Development Goals",
}

# Action nouns that name a chapter of rules when paired (规划与建设, 监督与管理, 预防和处置)
ACTION_NOUNS: dict[str, str] = {
    "规划": "Planning", "建设": "Construction", "管理": "Management", "维护": "Maintenance", "保护": "Protection",
    "利用": "Utilization", "监督": "Supervision", "服务": "Services", "保障": "Guarantees", "开发": "Development",
    "治理": "Governance", "防治": "Prevention and Control", "预防": "Prevention", "处置": "Handling",
    "检查": "Inspection", "评估": "Evaluation", "考核": "Assessment", "奖励": "Rewards", "处罚": "Penalties",
    "激励": "Incentives", "促进": "Promotion", "运营": "Operation", "使用": "Use", "修复": "Restoration",
    "整治": "Rectification", "救援": "Rescue", "宣传": "Publicity", "教育": "Education", "培训": "Training",
    "监测": "Monitoring", "预警": "Early Warning", "应急": "Emergency Response", "登记": "Registration",
    "审批": "Approval", "备案": "Filing", "收费": "Fees", "养护": "Maintenance",
}
PAIRED_RE = re.compile(r"[与和及、]")

# The stages of a campaign (动员部署阶段, 集中整治阶段, 总结验收阶段), project renderings.
STAGES: dict[str, str] = {
    "动员部署": "Mobilization and Deployment", "宣传发动": "Publicity and Mobilization",
    "集中整治": "Concentrated Rectification", "排查整治": "Inspection and Rectification",
    "自查自纠": "Self-Inspection and Correction", "督导检查": "Supervision and Inspection",
    "总结验收": "Review and Acceptance", "总结提升": "Review and Improvement",
    "巩固提升": "Consolidation and Improvement",
    "全面推进": "Full Implementation", "试点": "Pilot", "启动": "Launch", "组织实施": "Implementation",
    "验收": "Acceptance", "准备": "Preparation", "调查摸底": "Survey", "摸底调查": "Survey",
    "深化提升": "Deepening and Improvement", "总结评估": "Review and Evaluation", "部署": "Deployment",
}
STAGE_RE = re.compile(r"(?P<stage>[\u4e00-\u9fff]{2,6}?)阶段(?:[（(](?P<when>[^）)]+)[）)])?")
WHEN_RE = re.compile(r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?:(?P<d1>\d{1,2})日)?"
                     r"(?:\s*[—–\-－至~～]\s*(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})日)?)?"
                     r"(?P<by>底?前|底|中旬|上旬|下旬)?")


def _when(zh: str) -> str | None:
    """2025年3月 -> 'March 2025'; 2025年4月—9月 -> 'April-September 2025'; 2025年10月底前 -> 'by the end of October
    2025'; None for anything else (a date the stage names otherwise stays untranslated)."""
    m = WHEN_RE.fullmatch(zh)
    if not m or (m.group("by") and m.group("m2")) or m.group("by") in ("中旬", "上旬", "下旬"):
        return None
    y1, m1 = int(m.group("y1")), int(m.group("m1"))
    if m.group("d1") or m.group("d2"):
        first = f"{y1}-{m1:02d}-{int(m.group('d1') or 1):02d}"
        if not m.group("m2"):
            return english_period(first)
        y2 = int(m.group("y2") or y1)
        last = f"{y2}-{int(m.group('m2')):02d}-{int(m.group('d2') or 28):02d}"
        return english_period(f"{first}/{last}") if m.group("d2") else None
    if m.group("m2"):
        y2 = int(m.group("y2") or y1)
        return english_period(f"{y1}-{m1:02d}/{y2}-{int(m.group('m2')):02d}")
    month = english_period(f"{y1}-{m1:02d}")
    if month and m.group("by"):
        return f"by {'the end of ' if '底' in m.group('by') else ''}{month}"
    return month


def paired_actions(zh: str) -> str | None:
    """规划与建设 -> 'Planning and Construction': every part an action noun, two or three parts; else None."""
    parts = [p for p in PAIRED_RE.split(zh) if p]
    if not 2 <= len(parts) <= 3 or not all(p in ACTION_NOUNS for p in parts) or len(PAIRED_RE.findall(zh)) != len(
            parts) - 1:
        return None
    english = [ACTION_NOUNS[p] for p in parts]
    return ", ".join(english[:-1]) + " and " + english[-1]


def stage_heading(zh: str) -> str | None:
    """动员部署阶段（2025年3月） -> 'Mobilization and Deployment Stage (March 2025)'; else None."""
    m = STAGE_RE.fullmatch(zh)
    if not m:
        return None
    stage = STAGES.get(m.group("stage")) or STAGES.get(m.group("stage").removesuffix("工作"))
    if stage is None:
        return None
    if not m.group("when"):
        return f"{stage} Stage"
    when = _when(m.group("when"))
    return f"{stage} Stage ({when})" if when else None


# A plan's initiatives (实施城市更新行动, 重点领域节能降碳行动, 国企改革三年行动): "Action Plan for X" as GWR 2021/193
# 实施城市更新行动 "implement an action plan for urban renewal" and 2022/77 三年行动 "the three-year action plan";
# 实施/开展 "Implementing the ..."; 重点领域X "X in key sectors" (project rendering)
ACTION_RE = re.compile(r"(?P<verb>深入实施|全面实施|实施|开展|启动)?(?P<x>.+?)(?P<years>[一二三四五]年)?(?:专项)?行动")
YEAR_WORDS = {"一": "One", "二": "Two", "三": "Three", "四": "Four", "五": "Five"}


def action_heading(phrase, zh: str) -> str | None:  # noqa: ANN001 (TitleRenderer.phrase)
    """实施城市更新行动 -> 'Implementing the Action Plan for Urban Renewal'; 重点领域节能降碳行动 -> 'Action Plan for
    Energy Saving and Carbon Reduction in Key Sectors'; None unless X is a glossary phrase."""
    from .title_words import title_case

    m = ACTION_RE.fullmatch(zh)
    if not m:
        return None
    x = m.group("x")
    key = x.startswith("重点领域")
    what = phrase(x.removeprefix("重点领域")) if key else phrase(x)
    if not what or len(x) < 2:
        return None
    years = f"{YEAR_WORDS[m.group('years')[0]]}-Year " if m.group("years") else ""
    plan = f"{years}Action Plan for {title_case(what)}" + (" in Key Sectors" if key else "")
    return f"Implementing the {plan}" if m.group("verb") else plan


# The sections of a notice named by its procedure and an aspect of it (招生对象, 听证方案, 供应结构, 处理要求): the
# procedure from ``ACTION_NOUNS`` and these, the aspect a frame (project renderings)
PROCEDURES: dict[str, str] = {"招生": "Enrolment", "听证": "Hearing", "供应": "Supply", "处理": "Handling",
                              "抽查": "Spot Checks", "报名": "Registration", "录取": "Admission", "申报": "Application",
                              "补贴": "Subsidy", "计划": "Plan", "听证会": "Hearing", "季度": "Quarterly"}
ASPECTS: dict[str, str] = {"对象": "Eligibility for {x}", "范围": "Scope of {x}", "计划": "{x} Plan",
                           "方案": "{x} Plan", "方式": "{x} Method", "方式和时间": "{x} Method and Schedule",
                           "时间和地点": "Time and Place of the {x}", "程序": "{x} Procedure", "流程": "{x} Procedure",
                           "要求": "{x} Requirements", "安排": "{x} Arrangements", "期限": "{x} Period",
                           "总量": "Total {x}", "结构": "{x} Structure", "标准": "{x} Standards",
                           "条件": "{x} Conditions"}
ASPECT_RE = re.compile(r"(?P<p>" + "|".join(sorted({**ACTION_NOUNS, **PROCEDURES}, key=len, reverse=True)) + r")"
                       r"(?P<a>" + "|".join(sorted(ASPECTS, key=len, reverse=True)) + ")")


def procedure_aspect(zh: str) -> str | None:
    """招生对象 -> 'Eligibility for Enrolment'; 听证方案 -> 'Hearing Plan'; 供应结构 -> 'Supply Structure'; else
    None."""
    m = ASPECT_RE.fullmatch(zh)
    if not m or m.group("p") == m.group("a"):
        return None
    return ASPECTS[m.group("a")].format(x=PROCEDURES.get(m.group("p")) or ACTION_NOUNS[m.group("p")])
