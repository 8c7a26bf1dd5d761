package org.anhduong.hotline.web;

import org.anhduong.geography.Localities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The name of the contact's commune, through geography's API; the search by name is geography's commune picker. */
@Component
class CommuneNames {

    private final Localities localities;

    CommuneNames(Localities localities) {
        this.localities = localities;
    }

    /** "Phường Hồng Gai, Tỉnh Quảng Ninh", or empty for no code or an unknown one. */
    String of(@Nullable String code) {
        return localities.describe(code);
    }
}
