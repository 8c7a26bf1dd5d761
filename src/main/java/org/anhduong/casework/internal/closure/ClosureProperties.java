package org.anhduong.casework.internal.closure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Closure settings ({@code anhduong.casework.closure-needs-approval}): whether a case worker's closure waits for a
 * supervisor. True by default; a small organisation without supervisors may turn it off.
 */
@ConfigurationProperties("anhduong.casework")
record ClosureProperties(@DefaultValue("true") boolean closureNeedsApproval) {
}
