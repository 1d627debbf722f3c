/**
 * The web pages: server-rendered HTML (Thymeleaf, a little htmx), form login with sessions, every label in Hindi and
 * English from message bundles, dates as DD.MM.YYYY and numbers in Indian grouping. Light enough for an old office
 * PC on a slow network: no single-page-application bundle.
 */
package org.daftar.server.web;
