// Anchor for the sspr_translations library; the embedded .qm files are its content.
