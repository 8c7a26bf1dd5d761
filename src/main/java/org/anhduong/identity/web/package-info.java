@NullMarked
package org.anhduong.identity.web;

import org.jspecify.annotations.NullMarked;
