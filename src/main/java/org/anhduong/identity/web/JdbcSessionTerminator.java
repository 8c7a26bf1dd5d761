package org.anhduong.identity.web;

import org.anhduong.identity.internal.SessionTerminator;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions through Spring Session's principal-name index. */
@Component
class JdbcSessionTerminator implements SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    JdbcSessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void endSessionsOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
