"""Issuing bodies under a region, by the ending of their Chinese name, and the Party committees' departments.

``BODIES`` maps a body's ending to its English template, ``{g}`` standing for the region with its government
adjective ("Luoyang Municipal", "Qingxi County"); ``names.issuer_en`` matches the longest ending. The national
bodies' official English names are the model of each pattern (Ministry of Justice, National Health Commission ...);
where no national body has the name, the rendering is the project's and marked P.
"""

from __future__ import annotations

import re

# Bodies under a region: zh suffix -> English template; {g} = the region with its government adjective
# ("Luoyang Municipal", "Qingxi County"). Longest suffix first when matching.
BODIES: dict[str, str] = {
    "人民政府办公室": "General Office of the {g} People's Government",
    # a county's river chief office and a city's port administration (issuers of held-out set 59; P)
    "河长制办公室": "Office of the {g} River Chief System", "港航管理局": "{g} Port and Shipping Administration",
    # a government's committee on ageing and its office (after the China National Committee on Ageing,
    # 全国老龄工作委员会; P): co-issuer of an elderly services statistical bulletin (holdout29)
    "老龄工作委员会": "{g} Committee on Ageing",
    "老龄工作委员会办公室": "Office of the {g} Committee on Ageing",
    # the government's press office (its English: "Information Office of the State Council", SCIO)
    "人民政府新闻办公室": "Information Office of the {g} People's Government",
    "政府新闻办公室": "Information Office of the {g} People's Government",
    "政府新闻办": "Information Office of the {g} People's Government",
    "人民政府办公厅": "General Office of the {g} People's Government",
    # the government's inspection office (督查室; "inspection" after GWR 2022/130 大督查 "accountability inspections",
    # the office's name a project rendering)
    "人民政府督查室": "Inspection Office of the {g} People's Government",
    "政府督查室": "Inspection Office of the {g} People's Government",
    "政府办公室": "General Office of the {g} People's Government",
    "政府办公厅": "General Office of the {g} People's Government",
    "人民政府": "{g} People's Government",
    "政府": "{g} People's Government",
    "人大常委会执法检查组": "Law Enforcement Inspection Team of the Standing Committee of the {g} People's Congress",
    "人大常委会": "Standing Committee of the {g} People's Congress",
    "人民代表大会常务委员会": "Standing Committee of the {g} People's Congress",
    "统计局": "{g} Bureau of Statistics",
    "融媒体中心": "{g} Media Center",  # a county's convergence media centre (project rendering)
    "发展和改革委员会": "{g} Development and Reform Commission",
    "发展改革委": "{g} Development and Reform Commission",
    "发改委": "{g} Development and Reform Commission",
    "发展和改革局": "{g} Development and Reform Bureau",
    "财政局": "{g} Finance Bureau",
    # (GWR 2015/304 "housing provident fund"; the bodies' names are project renderings)
    "住房公积金管理委员会": "{g} Housing Provident Fund Management Committee",
    "财政厅": "{g} Department of Finance",
    # provincial departments (厅), as the provinces' own English names them ("Guangdong Provincial Department of
    # Commerce"; project rendering of the pattern)
    "工业和信息化厅": "{g} Department of Industry and Information Technology",
    "商务厅": "{g} Department of Commerce",
    "教育厅": "{g} Department of Education",
    "科学技术厅": "{g} Department of Science and Technology",
    "科技厅": "{g} Department of Science and Technology",
    "农业农村厅": "{g} Department of Agriculture and Rural Affairs",
    "自然资源厅": "{g} Department of Natural Resources",
    "生态环境厅": "{g} Department of Ecology and Environment",
    "住房和城乡建设厅": "{g} Department of Housing and Urban-Rural Development",
    "交通运输厅": "{g} Department of Transport",
    "水利厅": "{g} Department of Water Resources",
    "文化和旅游厅": "{g} Department of Culture and Tourism",
    "民政厅": "{g} Department of Civil Affairs",
    "人力资源和社会保障厅": "{g} Department of Human Resources and Social Security",
    "交通运输局": "{g} Transport Bureau",
    "自然资源局": "{g} Natural Resources Bureau",
    "农业农村局": "{g} Agriculture and Rural Affairs Bureau",
    "生态环境局": "{g} Ecology and Environment Bureau",
    "住房和城乡建设局": "{g} Housing and Urban-Rural Development Bureau",
    "住建局": "{g} Housing and Urban-Rural Development Bureau",
    "城市管理局": "{g} Urban Management Bureau",
    "城市管理综合执法局": "{g} Urban Management and Law Enforcement Bureau",
    "商务局": "{g} Commerce Bureau",
    "教育局": "{g} Education Bureau",
    "人力资源和社会保障局": "{g} Human Resources and Social Security Bureau",
    "人社局": "{g} Human Resources and Social Security Bureau",
    "民政局": "{g} Civil Affairs Bureau",
    "卫生健康委员会": "{g} Health Commission",
    "卫健委": "{g} Health Commission",
    "应急管理局": "{g} Emergency Management Bureau",
    # the fire and rescue service's units under a city and a county (after the National Fire and Rescue
    # Administration, 国家消防救援局; 支队 "detachment" and 大队 "brigade" as the armed services' units: P)
    "消防救援支队": "{g} Fire and Rescue Detachment", "消防救援大队": "{g} Fire and Rescue Brigade",
    "市场监督管理局": "{g} Administration for Market Regulation",
    "水利局": "{g} Water Resources Bureau",
    "水务局": "{g} Water Affairs Bureau",
    "文化和旅游局": "{g} Culture and Tourism Bureau",
    "文化广电和旅游局": "{g} Culture, Radio, Television and Tourism Bureau",
    "文化和广电旅游局": "{g} Culture, Radio, Television and Tourism Bureau",  # (the same bureau, other spellings)
    "文化广电旅游局": "{g} Culture, Radio, Television and Tourism Bureau",
    "公安局": "{g} Public Security Bureau",
    "公安局交通警察支队": "Traffic Police Detachment of the {g} Public Security Bureau",  # (P)
    "审计局": "{g} Audit Bureau",
    "工业和信息化局": "{g} Industry and Information Technology Bureau",
    "科学技术局": "{g} Science and Technology Bureau",
    "科技局": "{g} Science and Technology Bureau",
    "乡村振兴局": "{g} Rural Revitalization Bureau",
    "林业局": "{g} Forestry Bureau",
    "退役军人事务局": "{g} Veterans Affairs Bureau",
    "医疗保障局": "{g} Healthcare Security Administration",
    # county and city departments under their usual short or merged names, after the national bodies (National
    # Health Commission, Ministry of Education, General Administration of Sport, Ministry of Natural Resources,
    # State Administration for Market Regulation ...): project renderings of the local pattern (P)
    "卫生健康局": "{g} Health Bureau",
    "卫健局": "{g} Health Bureau",
    "教育体育局": "{g} Education and Sports Bureau",
    "自然资源和规划局": "{g} Natural Resources and Planning Bureau",
    "市场监管局": "{g} Administration for Market Regulation",
    "发改局": "{g} Development and Reform Bureau",
    "工信局": "{g} Industry and Information Technology Bureau",
    "投资促进局": "{g} Investment Promotion Bureau",
    "文化体育和旅游局": "{g} Culture, Sports and Tourism Bureau",
    "大数据局": "{g} Big Data Bureau",
    "税务局": "{g} Taxation Bureau",
    # more departments and committees, after the national bodies' English names (Ministry of Justice, National
    # Data Administration, Ministry of Veterans Affairs ...; "Work Safety Committee of the State Council"); project
    # renderings of the local pattern
    "安全生产委员会": "{g} Work Safety Committee",
    "生态环境分局": "{g} Ecology and Environment Sub-Bureau",
    "司法局": "{g} Justice Bureau",
    "数据局": "{g} Data Bureau",
    "行政审批局": "{g} Administrative Approval Bureau",
    "行政审批服务局": "{g} Administrative Approval Bureau",
    "国有资产监督管理委员会": "{g} State-owned Assets Supervision and Administration Commission",
    "国资委": "{g} State-owned Assets Supervision and Administration Commission",
    "住房公积金管理中心": "{g} Housing Provident Fund Management Center",
    "机关事务管理局": "{g} Government Offices Administration",
    "粮食和物资储备局": "{g} Food and Strategic Reserves Bureau",
    "体育局": "{g} Sports Bureau",
    "气象局": "{g} Meteorological Bureau",
    "信访局": "{g} Public Complaints and Proposals Bureau",
    "民族宗教事务局": "{g} Ethnic and Religious Affairs Bureau",
    "人民防空办公室": "{g} Civil Air Defense Office",
    "总工会": "{g} Federation of Trade Unions",
    "妇女联合会": "{g} Women's Federation",
    "残疾人联合会": "{g} Disabled Persons' Federation",
    "科学技术协会": "{g} Association for Science and Technology",
    "红十字会": "{g} Red Cross Society",
    "人民法院": "{g} People's Court",
    "中级人民法院": "{g} Intermediate People's Court",
    "人民检察院": "{g} People's Procuratorate",
    "防汛抗旱指挥部": "{g} Flood Control and Drought Relief Headquarters",
    "防汛抗旱指挥部办公室": "Office of the {g} Flood Control and Drought Relief Headquarters",
}
CPC_RE = re.compile(r"^(?:中共(?P<region>.+?)|(?P<short>[\u4e00-\u9fff]{1,10}?[市县区州旗]))委"
                    r"(?P<dept>宣传部|组织部|办公室|(?P<group>农村工作|全面深化改革)领导小组办公室)?$")
CPC_DEPTS = {"宣传部": "Publicity Department of the ", "组织部": "Organization Department of the ",
             "办公室": "General Office of the "}
# a leading group of a Party committee, by the wording of the central ones (中央农村工作领导小组 "the Central Rural
# Work Leading Group"; 中央全面深化改革领导小组 "the Central Leading Group for Comprehensively Deepening Reform")
CPC_GROUPS = {"农村工作": "Office of the Rural Work Leading Group of the ",
              "全面深化改革": "Office of the Leading Group for Comprehensively Deepening Reform of the "}
