@NullMarked
package org.anhduong.platform.web;

import org.jspecify.annotations.NullMarked;
