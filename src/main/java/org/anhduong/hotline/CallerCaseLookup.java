package org.anhduong.hotline;

import java.util.List;

/**
 * A service provider interface: casework implements it (as a Spring bean) to add a number's cases to
 * {@link Hotline#lookupCaller}. The hotline cannot depend on casework, which comes after it; without a bean the
 * history's {@code cases} is empty. Several beans are concatenated.
 *
 * <p>Implementations run inside the lookup's transaction, while the counsellor waits: answer from an index in a few
 * milliseconds, return only cases the signed-in user may see, and never throw for "nothing found".
 */
public interface CallerCaseLookup {

    /**
     * @param phone the number in E.164 ("+84912345678"); hash it with the implementation's own blind-index context
     */
    List<CallerCase> casesOf(String phone);
}
