"""Layout rules added after the fifty-second held-out measurement: a notice copied out of a WeChat article (the
account's name with the follow prompt, the 原创 byline, 【】 section heads on their own lines, the bar under the
article); texts invented for each rule, expectations read by hand."""

from __future__ import annotations

from build_tools.clean import clean


def test_a_wechat_articles_furniture_is_dropped():
    """青禾应急 / 点击上方蓝字关注我们 over the title, 原创 + account + minute of posting under it, and 阅读原文 分享 收藏
    在看 点赞 at the end are the app's, not the notice's."""
    raw = "\n".join([
        "青禾应急", "点击上方蓝字关注我们", "", "关于做好近期防汛工作的通知", "",
        "原创　青禾县防汛抗旱指挥部　青禾应急　2026年07月02日 09:15", "",
        "各乡镇人民政府：", "", "近期我县降雨偏多，各乡镇要加强巡查，发现险情及时报告。", "",
        "阅读原文", "分享　收藏　在看　点赞",
    ])
    texts = [b.text for b in clean(raw).blocks]
    assert texts == ["关于做好近期防汛工作的通知", "各乡镇人民政府：", "近期我县降雨偏多，各乡镇要加强巡查，发现险情及时报告。"]


def test_a_follow_prompt_inside_a_sentence_stays():
    """A sentence telling readers to follow an account is content when it says more than the prompt."""
    raw = "\n\n".join(["市民可通过关注“青禾发布”微信公众号，及时了解停水信息和抢修进度，也可拨打热线咨询有关情况。"])
    assert [b.text for b in clean(raw).blocks] == [raw]


def test_a_head_in_black_brackets_stands_alone():
    """【一、…】 on its own line after 现通知如下： is a section head: neither joined to the lead-in before it nor to the
    paragraph under it (the lead's 如下： does not continue across the blank line into the head)."""
    raw = "\n".join([
        "为做好本轮降雨防范工作，现通知如下：", "", "【一、压实防汛责任】", "各乡镇要落实包村干部，",
        "逐村逐户开展巡查。", "", "【二、加强值班值守】", "各单位要严格执行值班制度。",
    ])
    texts = [b.text for b in clean(raw).blocks]
    assert texts == ["为做好本轮降雨防范工作，现通知如下：", "【一、压实防汛责任】", "各乡镇要落实包村干部，逐村逐户开展巡查。",
                     "【二、加强值班值守】", "各单位要严格执行值班制度。"]


def test_new_reads_a_wechat_articles_title():
    """python -m build_tools new: the account's name over its follow prompt and the 原创 byline are no title."""
    from build_tools.new import infer_title

    text = "青禾应急\n点击上方蓝字关注我们\n\n关于做好近期防汛工作的紧急通知\n\n原创　青禾县防汛抗旱指挥部　青禾应急　2026年07月02日 09:15\n"
    assert infer_title(text) == "关于做好近期防汛工作的紧急通知"


def test_new_reads_an_issuer_with_a_month_under_the_title():
    """2024年青禾市水资源公报 / 青禾市水利局　　2025年7月: the body on the line under the title, a month after it."""
    from build_tools.new_origin import infer_issuer

    text = "2024年青禾市水资源公报\n青禾市水利局　　2025年7月\n为全面反映全市水资源状况，编制本公报。\n"
    assert infer_issuer(text, "青禾市") == "青禾市水利局"
