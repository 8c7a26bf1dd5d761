package org.anhduong.referral.web;

import org.anhduong.referral.ReferralNotice;
import org.anhduong.referral.ReferralNotices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The signed-in user's referral notifications; seeing them marks them read. */
@Controller
class NoticeScreens {

    static final String PATH = "/referrals/notifications";

    private final ReferralNotices notices;

    NoticeScreens(ReferralNotices notices) {
        this.notices = notices;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("page", new NoticesPage(notices.mine()));
        return "referral/notifications";
    }
}
