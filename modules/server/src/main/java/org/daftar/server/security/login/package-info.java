/**
 * Login protection: failed sign-ins on every way in (HTTP Basic on the API, the web form, CMIS) are counted per
 * account and per client address in the database, answered with an increasing delay and, after too many, a
 * temporary account lock; every failure and lock is logged and audited. See {@code docs/security.md}.
 */
package org.daftar.server.security.login;
