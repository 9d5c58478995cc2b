/** Configuration, clock and the wiring of the plain-Java parts into the Spring context. */
package io.marketwatch.system;
