"""A discipline inspection commission's circular of typical cases (the year's tally of leads, cases, sanctions and
money recovered, the cases of the eight-point rules and of misconduct affecting the people, the amounts each official
took) and a production safety accident investigation report (the toll, the rescue, the companies' profiles, the
causes, the sanctions proposed, the campaign after it); holdout60.

Official usage where the reference has it: 中央八项规定 "the eight-point decision on improving Party and government
conduct" (GWR 2014/133, 2015/132), 奢靡之风 "extravagance" (GWR 2015/132), 腐败 "corruption" (GWR 2014/165),
永久基本农田 "permanent basic cropland" (GWR 2015/367), 公务用车 "official cars" (GWR 2011/567), 安全生产 "workplace
safety" (GWR 2008/208), 生产安全事故 "workplace accidents" (GWR 2019/148), 注册资本 "registered capital" (GWR 2018/112).
The discipline inspection terms (问题线索, 结案, 审查起诉, 诫勉, 政务处分), the accident terms (有限空间, 职业接触限值,
执法检查, 事故隐患 as "hazards") and the amounts of a case are project renderings (P).
"""

from __future__ import annotations

DISCIPLINE_CASES_EXACT: dict[str, tuple[str, str]] = {
    # the commission's tally
    "处置问题线索": ("leads on problems handled", "P"),
    "纪检监察机关共处置问题线索": (
        "leads on problems handled by the discipline inspection and supervision organs", "P"),
    "立案审查调查科级干部": ("section-level officials placed on file for review and investigation", "P"),
    "结案": ("cases closed", "P"),
    "移送检察机关审查起诉": ("people transferred to the procuratorate for review and prosecution", "P"),
    "查处违反中央八项规定精神问题": (
        "cases of violating the eight-point decision on Party and government conduct investigated", "GWR 2014/133, P"),
    "违反中央八项规定精神问题": (
        "cases of violating the eight-point decision on Party and government conduct", "GWR 2014/133, P"),
    "规定精神问题": ("cases of violating the eight-point decision on Party and government conduct", "GWR 2014/133, P"),
    "批评教育帮助和处理": ("people criticized, educated, helped or dealt with", "P"),
    "享乐主义、奢靡之风问题": ("cases of hedonism and extravagance", "GWR 2015/132, P"),
    "奢靡之风问题": ("cases of hedonism and extravagance", "GWR 2015/132, P"),
    "查处群众身边不正之风和腐败问题": ("cases of misconduct and corruption affecting the people investigated",
                                 "GWR 2014/165 (corruption), P"),
    "群众身边不正之风和腐败问题": ("cases of misconduct and corruption affecting the people",
                            "GWR 2014/165 (corruption), P"),
    "追缴和退还群众财物": ("money and property recovered and returned to the people", "P"),
    "群众信访举报": ("complaints and reports from the public", "P"),
    "纪检监察机关收到群众信访举报": ("complaints and reports from the public received", "P"),
    "收到群众信访举报": ("complaints and reports from the public received", "P"),
    "检举控告类": ("accusations and charges among the complaints", "P"),
    "形态”批评教育帮助和处理占四种形态处理总人次": (
        "share of the first form in the people dealt with under the four forms", "P"),
    "第一种形态占四种形态处理总人次": ("share of the first form in the people dealt with under the four forms", "P"),
    "发生在村（社区）一级的问题": ("share of cases at the village (community) level", "P"),
    "涉案金额在10万元以上的案件": ("cases involving more than CNY 100,000", "P"),
    "出台和完善制度机制": ("rules and mechanisms adopted or improved", "P"),
    "群众办实事解难题": ("practical matters done and difficulties solved for the people", "P"),
    "为群众办实事解难题": ("practical matters done and difficulties solved for the people", "P"),
    "移交问题线索": ("leads on problems transferred", "P"),
    "县直部门巡察": ("county departments inspected", "GWR 2019/460 (inspections), P"),
    "常规巡察县直部门": ("county departments covered by routine inspections", "GWR 2019/460 (inspections), P"),
    "每件问题整改时限": ("time limit for rectifying each problem", "P"),
    "问题整改时限": ("time limit for rectifying problems", "P"),
    # the amounts of a case
    "折合人民币": ("gifts and cash gifts accepted, in yuan", "P"),
    "收受礼品礼金": ("gifts and cash gifts accepted", "P"),
    "已故低保对象的低保金": ("subsistence allowances of deceased recipients embezzled", "GWR 2021/40, P"),
    "侵占低保金": ("subsistence allowances embezzled", "GWR 2021/40, P"),
    "截留村集体土地流转收益": ("income of the village collective from land transfers withheld", "P"),
    "名义套取财政资金": ("public funds obtained by fraud", "P"),
    "套取财政资金": ("public funds obtained by fraud", "P"),
    "导致违法占用耕地面积": ("cropland illegally occupied", "P"),
    "违法占用耕地面积": ("cropland illegally occupied", "P"),
    "收受营养餐配送企业负责人所送现金": ("cash accepted from the school meal supplier", "P"),
    "收受现金": ("cash accepted", "P"),
    "收受申请人所送好处费": ("kickbacks accepted from applicants", "P"),
    "收受好处费": ("kickbacks accepted", "P"),
    "行驶里程": ("distance driven", "P"),
    "公务用车私用行驶里程": ("distance driven in official cars for private use", "GWR 2011/567, P"),
    "产生费用": ("costs incurred", "P"),
    "贪污补贴资金": ("subsidies embezzled", "P"),
    "挪用公款": ("public funds misappropriated", "P"),
    "农户": ("rural households", "P"),
    "亲属": ("relatives", "P"),
}

ACCIDENT_EXACT: dict[str, tuple[str, str]] = {
    # the toll and the rescue
    "造成死亡": ("deaths", "P"),
    "事故死亡人数": ("deaths in the accident", "P"),
    "重伤": ("people seriously injured", "P"),
    "人身伤亡后所支出的费用": ("expenses for deaths and injuries", "P"),
    "调集消防救援人员": ("firefighters and rescuers dispatched", "P"),
    "消防车": ("fire engines", "P"),
    "救护车": ("ambulances", "P"),
    "每名遇难人员家属获得赔偿款": ("compensation paid to the family of each victim", "P"),
    "遇难人员赔偿款": ("compensation paid to the families of the victims", "P"),
    # the companies and the causes
    "员工": ("employees", "P"),
    "合同金额": ("contract value", "P"),
    "设计处理能力为每日": ("designed treatment capacity per day", "P"),
    "设计处理能力": ("designed treatment capacity", "P"),
    "发现事故隐患": ("hazards found", "GWR 2008/738 (hidden perils), P"),
    "事故发生时已整改": ("hazards rectified by the time of the accident", "P"),
    "未整改隐患": ("hazards not rectified", "P"),
    "企业开展安全检查": ("safety inspections of enterprises", "P"),
    "安全检查": ("safety inspections", "P"),
    "执法检查": ("law enforcement inspections", "P"),
    "事故发生后调节池内硫化氢浓度": ("hydrogen sulphide concentration in the tank after the accident", "P"),
    "硫化氢浓度": ("hydrogen sulphide concentration", "P"),
    "国家职业接触限值": ("national occupational exposure limit", "P"),
    "安全生产教育培训仅开展": ("workplace safety training sessions held", "GWR 2008/208, P"),
    "安全生产教育培训": ("workplace safety training sessions", "GWR 2008/208, P"),
    "管委会安全监管人员": ("safety supervisors of the park's management committee", "P"),
    "安全监管人员": ("safety supervisors", "P"),
    # the sanctions proposed
    "公职人员": ("public officials held accountable", "P"),
    "建议给予政务记过处分": ("officials proposed for a government demerit", "P"),
    "政务记过处分": ("officials given a government demerit", "P"),
    "政务警告处分": ("officials given a government warning", "P"),
    "诫勉": ("officials admonished", "P"),
    # the campaign after the accident
    "气体检测时间不得早于作业开始前": ("latest gas test before work begins", "P"),
    "作业过程中监护人员": ("guardians on site during the work", "P"),
    "排查涉及有限空间作业的工贸企业": ("industrial and trading enterprises with confined space work checked", "P"),
    "建立有限空间管理台账": ("registers of confined spaces set up", "P"),
    "重点企业有限空间作业气体检测报警设备配备率": (
        "share of key enterprises equipped with gas detectors and alarms for confined space work", "P"),
    "较大事故起数由同期的零起": ("serious accidents", "GWR 2019/148, P"),
    "较大事故起数": ("serious accidents", "GWR 2019/148, P"),
}
