/**
 * Casework's pure rules: GBVIMS classification, derived incident contexts, consent decisions and risk scoring. No
 * state, no database, no Spring: the casework services and screens call them, and the unit tests pin every branch.
 */
@NullMarked
package org.anhduong.casework.internal.rules;

import org.jspecify.annotations.NullMarked;
