"""A disabled persons' federation's statistical bulletin (残疾人事业发展统计公报; an untuned document, measured first;
then this vocabulary): the two subsidies, rehabilitation, assistive devices, barrier-free homes, special education,
employment. Official wording: "people with disabilities" (残疾人, GWR 2018/642, 2022/526), "living allowances ...
and nursing care subsidies" (两项补贴, GWR 2019/132, 2021/146), "rehabilitation services for people with
disabilities" (残疾人康复服务, GWR 2018/642), "barrier-free" (无障碍, GWR 2019/502, 2022/399), "subsistence
allowances" (低保, GWR 2021/40); the rest are project renderings ("P")."""

from __future__ import annotations

_PWD = "GWR 2018/642, P"
_TWO = "GWR 2019/132, 2021/146"

DISABILITY_EXACT: dict[str, tuple[str, str]] = {
    "两项补贴标准": ("standard of living allowances and nursing care subsidies for people with disabilities", _TWO),
    "困难残疾人生活补贴和重度残疾人护理补贴标准": (
        "standard of living allowances for people with disabilities in financial difficulty and nursing care "
        "subsidies for people with serious disabilities", "GWR 2021/146"),
    "困难残疾人生活补贴标准": ("standard of living allowances for people with disabilities in financial difficulty",
                        "GWR 2021/146"),
    "重度残疾人护理补贴标准": ("standard of nursing care subsidies for people with serious disabilities",
                        "GWR 2021/146"),
    "持证残疾人": ("registered people with disabilities", _PWD),
    "持证残疾人总数": ("registered people with disabilities", _PWD),
    "残疾人家庭": ("families of people with disabilities", _PWD),
    "困难残疾人家庭": ("families of people with disabilities in financial difficulty", "GWR 2017/123, P"),
    "农村困难残疾人家庭": ("rural families of people with disabilities in financial difficulty", "GWR 2017/123, P"),
    "纳入最低生活保障范围的残疾人": ("people with disabilities receiving subsistence allowances", "GWR 2021/40, P"),
    "纳入低保的残疾人": ("people with disabilities receiving subsistence allowances", "GWR 2021/40, P"),
    "基本康复服务": ("basic rehabilitation services", _PWD),
    "康复服务": ("rehabilitation services", "GWR 2018/642"),
    "基本康复服务覆盖率": ("coverage of basic rehabilitation services for people with disabilities", _PWD),
    "残疾人基本康复服务覆盖率": ("coverage of basic rehabilitation services for people with disabilities", _PWD),
    "康复救助": ("rehabilitation assistance", _PWD),
    "残疾儿童接受康复救助": ("children with disabilities receiving rehabilitation assistance", _PWD),
    "残疾人康复机构": ("rehabilitation institutions for people with disabilities", _PWD),
    "康复机构": ("rehabilitation institutions", _PWD),
    "民办机构": ("privately run institutions", "P"),
    "辅助器具": ("assistive devices", "P"),
    "辅助器具适配率": ("assistive device fitting rate", "P"),
    "无障碍改造": ("barrier-free home modifications", "GWR 2022/399, P"),
    "家庭无障碍改造": ("barrier-free home modifications", "GWR 2022/399, P"),
    "实名制就业残疾人": ("people with disabilities in employment (real-name register)", "GWR 2022/305, P"),
    "新增残疾人就业": ("people with disabilities newly employed", "GWR 2022/305, P"),
    "城乡新增残疾人就业": ("people with disabilities newly employed in urban and rural areas", "GWR 2022/305, P"),
    "残疾人专场招聘会": ("job fairs for people with disabilities", "GWR 2022/305, P"),
    "举办残疾人专场招聘会": ("job fairs held for people with disabilities", "GWR 2022/305, P"),
    "培训残疾人": ("people with disabilities trained", "P"),
    "按比例安排残疾人就业的用人单位安排比例": (
        "share of people with disabilities in the workforce of employers (quota employment)", "P"),
    "残疾人就业安排比例": ("quota of employees with disabilities", "P"),
    "适龄残疾儿童少年义务教育入学率": (
        "compulsory education enrollment rate of school-age children and adolescents with disabilities", "P"),
    "特殊教育学校在校学生": ("students enrolled in special education schools", "P"),
}
