"""Veterans affairs and emergency management (fourth round, issue 12): ex-service members (GWR 2022/305), their
service centers, entitled groups, fire and rescue.
"""

from __future__ import annotations

VETERANS_EXACT: dict[str, tuple[str, str]] = {
    "退役军人服务站": ("service stations for ex-service members", "GWR 2022/305, P"),
    "退役军人服务中心": ("service centers for ex-service members", "GWR 2022/305, P"),
    "优抚对象": ("entitled groups", "P"),
    "综合性消防救援队伍": ("comprehensive fire and rescue teams", "P"),
    "消防救援出警": ("fire and rescue call-outs", "P"),
}
