/**
 * The Daftar server: Spring Boot wiring of the repository ({@code config}), HTTP Basic security against the user
 * table ({@code security}), the JSON REST API under {@code /api/v1} ({@code api}) and the demo data loader
 * ({@code demo}). Business rules live in the modules below; this one translates and wires.
 */
package org.daftar.server;
