/**
 * Normalisation of Vietnamese text, phone numbers and citizen ids, so that stored values and blind-index
 * search keys are computed the same way everywhere.
 */
@NullMarked
package org.anhduong.platform.text;

import org.jspecify.annotations.NullMarked;
