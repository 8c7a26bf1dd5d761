package org.anhduong.hotline.internal;

import org.anhduong.geography.Localities;
import org.anhduong.platform.security.UserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.function.Supplier;

/** Answers {@link ContactRules}' questions about the world for one user's request. */
@Component
class ContactFacts {

    private final Categories categories;
    private final Lines lines;
    private final Localities localities;
    private final Clock clock;

    ContactFacts(Categories categories, Lines lines, Localities localities, Clock clock) {
        this.categories = categories;
        this.lines = lines;
        this.localities = localities;
        this.clock = clock;
    }

    ContactRules.Facts of(UserPrincipal user) {
        return forOrganisation(user.organisationId());
    }

    /** For writes no signed-in user makes (telephony): the lines usable are the organisation's. */
    ContactRules.Facts forOrganisation(long organisationId) {
        return new ContactRules.Facts(clock.instant(), once(),
                lineId -> lines.find(lineId).filter(l -> l.active() && l.organisationId() == organisationId).isPresent(),
                localities::exists);
    }

    /** The tree, read at most once and only if asked for (one check, one thread). */
    private Supplier<CategoryTree> once() {
        var read = new Object() {
            @Nullable CategoryTree tree;
        };
        return () -> {
            CategoryTree tree = read.tree;
            if (tree == null) {
                tree = categories.tree();
                read.tree = tree;
            }
            return tree;
        };
    }
}
