"""Special equipment safety: a market regulation bureau's yearly notice on the safety of special equipment (an untuned
document of the genre, measured first; then this vocabulary). The reports of the State Council do not name special
equipment; these are project renderings ("P") in the wording of the Special Equipment Safety Law's English translation
and the State Administration for Market Regulation's releases (boilers, pressure vessels, elevators, lifting
appliances, passenger ropeways, large amusement devices, in-plant special motor vehicles, pressure piping, gas
cylinders)."""

from __future__ import annotations

SPECIAL_EQUIPMENT_EXACT: dict[str, tuple[str, str]] = {
    "特种设备": ("special equipment", "P"),
    "在用特种设备": ("special equipment in use", "P"),
    "特种设备使用单位": ("users of special equipment", "P"),
    "特种设备生产单位": ("manufacturers of special equipment", "P"),
    "锅炉": ("boilers", "P"),
    "压力容器": ("pressure vessels", "P"),
    "起重机械": ("lifting appliances", "P"),
    "场（厂）内专用机动车辆": ("in-plant special motor vehicles", "P"),
    "场(厂)内专用机动车辆": ("in-plant special motor vehicles", "P"),
    "客运索道": ("passenger ropeways", "P"),
    "大型游乐设施": ("large amusement devices", "P"),
    "压力管道": ("pressure piping", "P"),
    "气瓶": ("gas cylinders", "P"),
    "持证作业人员": ("certified operators", "P"),
    "开展特种设备安全监督检查": ("safety inspections of special equipment", "P"),
    "检查使用单位": ("users inspected", "P"),
    "发现并督促整改安全隐患": ("safety hazards found and rectified", "P"),
    "立案查处违法案件": ("cases of violations filed and investigated", "P"),
    "接警": ("emergency calls received", "P"),
    "电梯应急处置平台全年接警": ("calls received by the elevator emergency platform", "P"),
    "救援被困人员": ("trapped people rescued", "P"),
    "平均到达现场时间": ("average time to reach the scene", "P"),
    "电梯日常维护保养": ("routine maintenance of elevators", "P"),
    "定期检验率": ("rate of periodic inspections", "P"),
    "万台特种设备死亡率": ("deaths per 10,000 units of special equipment", "P"),
}
