"""Files for other programs (spreadsheets, funders' systems), written so they are safe to open."""
