package org.anhduong.referral.web;

import org.anhduong.referral.ServiceOffer;
import org.jspecify.annotations.Nullable;
import java.util.List;

/** The directory's search and results. */
public record DirectoryPage(List<ServiceOffer> services, List<Choice> needs, List<Choice> sectors, String need,
                            String sector, String commune, String q, @Nullable String noticeKey) {
}
