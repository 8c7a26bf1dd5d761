/**
 * Prevention programmes: the registry of models (gender-equality and GBV-prevention models, pilots, safe city,
 * livelihood, trusted-address networks…), their activities, trainings and campaigns, monitoring and evaluation
 * (indicators against targets, supervision visits with follow-up actions) and the programme summary for any period and
 * commune. Entry points: {@link org.anhduong.programme.Programmes} for people, {@link
 * org.anhduong.programme.ProgrammeFigures} for reporting. Participants are counted, never listed.
 */
@ApplicationModule(displayName = "Programme")
@NullMarked
package org.anhduong.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
