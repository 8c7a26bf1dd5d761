/**
 * Application-level encryption of personal fields (AES-256-GCM under a rotating key ring) and blind indexes
 * for exact-match search, so that a copy of the database alone does not expose survivors.
 */
@NullMarked
package org.anhduong.platform.crypto;

import org.jspecify.annotations.NullMarked;
