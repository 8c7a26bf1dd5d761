package org.anhduong.identity.web;

import org.anhduong.identity.internal.SessionTerminator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions through Spring Session's principal-name index. Maintenance commands run without a web
 * server and so without sessions: there is nothing to end then.
 */
@Component
class JdbcSessionTerminator implements SessionTerminator {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    JdbcSessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void endSessionsOf(String username) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById));
    }
}
