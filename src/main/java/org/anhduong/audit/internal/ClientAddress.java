package org.anhduong.audit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the HTTP client behind the current request; behind a proxy it is resolved by the forward-headers strategy. */
final class ClientAddress {

    private ClientAddress() {
    }

    static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
