package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/**
 * What to look for; the criteria given must all hold, at least one is needed. Names are matched word by word through
 * blind indexes of the folded words ("Nguyen Thi Lan" finds "Nguyễn Thị Lan", and so does "lan nguyen"); phones and
 * căn cước numbers exactly, however they are written. There is no partial or plain-text search on encrypted data.
 */
public record CaseSearch(@Nullable String caseNumber, @Nullable String survivorCode, @Nullable String phone,
                         @Nullable String idNumber, @Nullable String name) {

    @Override
    public String toString() {
        return "CaseSearch[…]";
    }
}
