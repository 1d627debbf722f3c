/**
 * The JSON REST API under {@code /api/v1}: nodes, content, versions, trash, audit, the content model and users.
 * Controllers translate HTTP to {@link org.daftar.repository.node.NodeService} calls and back; {@link
 * org.daftar.server.api.ApiErrors} turns every refusal into an RFC 9457 problem document.
 */
package org.daftar.server.api;
