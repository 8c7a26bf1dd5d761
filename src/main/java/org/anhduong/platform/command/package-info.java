@NullMarked
package org.anhduong.platform.command;

import org.jspecify.annotations.NullMarked;
