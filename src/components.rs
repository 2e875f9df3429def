//! Small reusable widgets.
