package org.sijil.core.names;

/** The place of a token in an Arabic name chain: given / father / grandfather / … / family. */
public enum NameRole {
  GIVEN,
  FATHER,
  GRANDFATHER,
  ANCESTOR,
  FAMILY
}
