/**
 * Keycloak identity-provider extension for ESIA v2 (GOST R 34.10-2012 signed client secrets, ESIA JWTs,
 * person REST API). Not yet implemented: the walking skeleton brokers the ESIA simulator over plain OIDC
 * with ESIA-shaped claims; the real protocol arrives with the sign-in issue.
 */
package org.zhurnal.esia.keycloak;
