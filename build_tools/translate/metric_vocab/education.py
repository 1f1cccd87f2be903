"""The vocabulary of education statistics bulletins (county and city education bureaus, 教育事业统计公报): schools,
entrants, enrollment, graduates, staff and student-teacher ratios by level (学前/小学/初中/普通高中/中职/特殊教育),
enrollment and retention rates, buildings and equipment.

A level before a head composes (小学招生 "entrants of primary schools", 初中生师比 "student-teacher ratio of junior
secondary schools"): the heads 招生/在校生/毕业生/专任教师 and the levels of society.py, with the heads and levels
below. Sources as metric_tables (``YB x-y`` chapter 21, ``GWR yyyy/n``, ``P``).
"""

from __future__ import annotations

EDUCATION_EXACT: dict[str, tuple[str, str]] = {
    # schools (YB 21-1, 21-3, 21-11, 21-17)
    "义务教育阶段学校": ("compulsory education schools", "P"),
    "九年一贯制学校": ("nine-year schools", "P"),
    "十二年一贯制学校": ("twelve-year schools", "P"),
    "中职学校": ("secondary vocational schools", "YB 21-17"),
    "技工学校": ("skilled workers schools", "YB 21-11"),
    "职业高中": ("vocational senior secondary schools", "P"),
    # pupils (YB 21-2, 21-7, 21-12)
    "入园幼儿": ("entrants of kindergartens", "YB 21-7, P"),
    "离园幼儿": ("children leaving kindergartens", "P"),
    "各级各类学历教育在校生": ("students of formal education of all types and levels", "YB 21-2"),
    "进城务工人员随迁子女": ("children of migrant workers", "YB 21-12"),
    "营养改善计划受益学生": ("students benefiting from the nutrition improvement program", "GWR 2022/107"),
    "资助学生": ("students receiving financial aid", "P"),
    # student aid named by its rate (发放国家助学金，每生每学期1250元: extract/figures/rates.py paid_before)
    "家庭经济困难学生": ("students from poor families", "GWR 2015/105"),
    "资助家庭经济困难学生": ("students from poor families receiving financial aid", "GWR 2015/105"),
    "资助资金": ("financial aid funds for students", "GWR 2015/105 (financial aid to students), P"),
    "国家助学金": ("government grants for students", "GWR 2017/547"),
    "助学金": ("student grants", "GWR 2019/336, P"),
    "国家奖学金": ("state scholarships", "GWR 2019/340"),
    "奖学金": ("scholarships", "GWR 2019/336"),
    # safety education held in schools (在全县中小学开展防溺水专题教育42场次), P
    "防溺水专题教育": ("education sessions on drowning prevention", "P"),
    "防溺水安全教育": ("education sessions on drowning prevention", "P"),
    # teachers (YB 21-1 Educational Personnel)
    "“双师型”教师": ("dual-qualified teachers", "P"),
    "双师型教师": ("dual-qualified teachers", "P"),
    "专业课教师": ("teachers of specialized courses", "P"),
    # rates (YB 21-13)
    "小学净入学率": ("net enrollment rate in primary schools", "YB 21-13"),
    "残疾儿童少年义务教育入学率": ("compulsory education enrollment rate of children and adolescents with "
                                   "disabilities", "P"),
    "适龄残疾儿童少年入学率": ("enrollment rate of school-age children and adolescents with disabilities", "P"),
    # buildings, equipment, funding (YB 21-23 Educational Finance); 校舍建筑面积 composes by sector_rules
    "校舍": ("school buildings", "P"),
    "中小学校舍": ("primary and secondary school buildings", "P"),
    "教学仪器设备资产值": ("value of teaching instruments and equipment", "P"),
    "教学仪器设备值": ("value of teaching instruments and equipment", "P"),
    "多媒体教室": ("multimedia classrooms", "P"),
    "图书": ("books", "P"),
    "新增学位": ("new school places", "P"),
    "财政性教育经费": ("government appropriations for education", "YB 21-23, P"),
    "教育经费总投入": ("total funding for education", "YB 21-23, P"),
    "教育投入": ("spending on education", "GWR 2010/122, P"),
    "完成教育投入": ("spending on education", "GWR 2010/122, P"),
    "一般公共预算教育支出": ("education spending from the general public budget", "GWR 2010/122, 2019/605, P"),
    # school buildings built or expanded (新建、改扩建中小学校舍面积; GWR 2009/478 "school buildings")
    "新建、改扩建中小学校舍面积": ("floor space of primary and secondary school buildings built or expanded",
                                  "GWR 2009/478, P"),
    "新建改扩建中小学校舍面积": ("floor space of primary and secondary school buildings built or expanded",
                                "GWR 2009/478, P"),
    "学校建设任务": ("school construction projects", "P"),
}

EDUCATION_HEADS: dict[str, tuple[str, str | None, str]] = {
    "生师比": ("student-teacher ratio of {s}", "student-teacher ratio", "YB 21-21"),
    "教职工": ("educational personnel of {s}", "educational personnel", "YB 21-1"),
    "在园幼儿": ("children in {s}", "children in kindergartens", "P"),
    "教学点": ("teaching points of {s}", "teaching points", "P"),
    "毕业生升学率": ("promotion rate of graduates of {s}", "promotion rate of graduates", "YB 21-13"),
    "毕业生就业率": ("employment rate of graduates of {s}", "employment rate of graduates", "P"),
    "毕业生就业（升学）率": ("employment and further study rate of graduates of {s}",
                           "employment and further study rate of graduates", "P"),
    "互联网接入率": ("internet access rate of {s}", "internet access rate", "P"),
}

# Levels and kinds of school before a head (society.py has 小学, 初中, 普通高中, 中等职业学校, 幼儿园 ...).
EDUCATION_SUBJECTS: dict[str, tuple[str, str]] = {
    "中职": ("secondary vocational schools", "YB 21-17"),
    "高中": ("senior secondary schools", "YB 21-13, P"),
    "义务教育阶段": ("compulsory education", "P"),
    "学前教育": ("preschool education", "P"),
    "各级各类教育": ("schools of all types and levels", "P"),
    "民办学校": ("non-public schools", "YB 21-3"),
    "普惠性幼儿园": ("kindergartens open to all children", "GWR 2016/563"),
    "公办幼儿园": ("public kindergartens", "P"),
    "民办幼儿园": ("private kindergartens", "YB 21-3, GWR 2022/492"),
}

# The stage of education before an enrollment or retention rate (初中阶段毛入学率); project renderings after the
# existing 高中阶段毛入学率 "gross enrollment rate in senior secondary education".
STAGES: dict[str, str] = {"初中阶段": "junior secondary education", "高中阶段": "senior secondary education",
                          "义务教育阶段": "compulsory education", "义务教育": "compulsory education"}
STAGE_RATES: dict[str, str] = {"毛入学率": "gross enrollment rate in {}", "巩固率": "retention rate in {}"}
# How pupils with disabilities are taught outside special schools (随班就读 in regular classes, 送教上门 at home).
STUDY_MODES: dict[str, str] = {"随班就读": "learning in regular classes", "送教上门": "taught at home"}
# A teacher's qualification before the teachers counted (本科及以上学历专任教师).
QUALIFICATIONS: dict[str, str] = {"本科及以上学历": "with a bachelor's degree or above",
                                  "专科及以上学历": "with a junior college degree or above",
                                  "研究生学历": "with a postgraduate degree"}
