package org.anhduong.identity;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about users and organisations. They never read identity's tables. */
public interface UserDirectory {

    Optional<UserAccount> findUser(long id);

    Optional<Organisation> findOrganisation(long id);

    /** Active organisations, by name. */
    List<Organisation> activeOrganisations();
}
