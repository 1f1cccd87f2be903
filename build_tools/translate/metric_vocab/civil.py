"""Civil affairs: social assistance, elderly care, children, disability, marriage, volunteers (a civil affairs
bureau's figures). Subsistence allowances by area compose in metric_vocab (AREAS); these are the other names.
"""

from __future__ import annotations

CIVIL_EXACT: dict[str, tuple[str, str]] = {
    "特困供养人员": ("people in extreme poverty receiving support", "P"),
    "养老床位": ("elderly care beds", "P"),
    "养老机构床位": ("beds in elderly care institutions", "P"),
    "婚姻登记": ("marriage registrations", "YB 22-25"),
    "孤儿": ("orphans", "P"),
    "困境儿童": ("children in difficult circumstances", "GWR 2015/478"),
    "困难残疾人生活补贴": ("living allowances for disabled people in financial difficulty", "P"),
    "重度残疾人护理补贴": ("nursing allowances for people with severe disabilities", "P"),
    "注册志愿者": ("registered volunteers", "P"),
    "火化率": ("cremation rate", "P"),
    "老年人": ("elderly people", "P"),
}
