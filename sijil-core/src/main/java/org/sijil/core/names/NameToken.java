package org.sijil.core.names;

/** One element of a name chain, compounds already joined (e.g. {@code عبدالله}). */
public record NameToken(String text, NameRole role) {}
