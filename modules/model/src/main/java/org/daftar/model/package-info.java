/**
 * The content model: Alfresco content-model XML ({@code eo:} and the {@code cm:} base it builds on) read into a
 * {@link org.daftar.model.TypeRegistry} of types, aspects, properties and constraints. Every other module asks this
 * registry what a type is; nobody lists types by hand.
 */
package org.daftar.model;
