/**
 * Ahead-of-time processing support: the runtime hints a native image of an application on the starter needs.
 */
package io.github.bcreactive.autoconfigure.aot;
