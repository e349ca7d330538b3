// Anchor for the sspr_resources library; its content is the embedded icons.
