/** Numbers of files (per-office scheme), receipts (diary numbers) and dispatches, and the counters behind them. */
package org.daftar.eoffice.numbering;
