/**
 * Case work after intake: safety assessments and the alerts they raise, the case plan (goals, services given),
 * follow-ups and notes. Access goes through the core's {@link org.anhduong.casework.internal.CaseAccess}, so the team
 * rule lives in one place; free text about the person is encrypted ({@link WorkColumns}).
 */
@NullMarked
package org.anhduong.casework.internal.work;

import org.jspecify.annotations.NullMarked;
