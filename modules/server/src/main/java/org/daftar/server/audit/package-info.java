/**
 * The tamper-evident audit log on the server: wiring, the checkpoint schedule, and the administrators' REST calls
 * behind {@code scripts/daftar audit verify} and the review register (see {@code docs/security.md}).
 */
package org.daftar.server.audit;
