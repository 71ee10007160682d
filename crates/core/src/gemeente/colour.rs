//! Colours as a gemeente's theme gives them, and their contrast (WCAG 2.1, 1.4.3): a theme
//! whose text or interactive colour falls below 4.5:1 against its background is refused.

/// An sRGB colour, 8 bits per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The least contrast for text and interactive colours (WCAG 2.1 AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

impl Rgb {
    /// `#rgb`, `#rrggbb` or `rgb(r, g, b)`; anything else (names, `var()`, alpha) is `None`,
    /// because its contrast cannot be computed here.
    pub fn parse(s: &str) -> Option<Rgb> {
        let s = s.trim();
        if let Some(hex) = s.strip_prefix('#') {
            let digit = |c: char| c.to_digit(16).and_then(|d| u8::try_from(d).ok());
            let d: Vec<u8> = hex.chars().map(digit).collect::<Option<_>>()?;
            return match d.as_slice() {
                [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
                [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
                _ => None,
            };
        }
        let inner = s.strip_prefix("rgb(")?.strip_suffix(')')?;
        let parts: Vec<u8> = inner
            .split(',')
            .map(|p| p.trim().parse().ok())
            .collect::<Option<_>>()?;
        match parts.as_slice() {
            [r, g, b] => Some(Rgb(*r, *g, *b)),
            _ => None,
        }
    }

    /// Relative luminance (WCAG 2.1 definition).
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The contrast ratio between two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_the_forms_a_theme_uses() {
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse(" #154273 "), Some(Rgb(0x15, 0x42, 0x73)));
        assert_eq!(Rgb::parse("rgb(0, 128, 255)"), Some(Rgb(0, 128, 255)));
        for bad in [
            "",
            "#12",
            "#1234567",
            "#ggg",
            "red",
            "var(--x)",
            "rgb(1,2)",
            "rgb(1,2,300)",
            "rgba(1,2,3,0.5)",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54).
        let grey = Rgb::parse("#767676").unwrap();
        assert!((grey.contrast(white) - 4.54).abs() < 0.01);
        assert!(Rgb::parse("#777777").unwrap().contrast(white) < MIN_CONTRAST);
        assert_eq!(grey.contrast(white), white.contrast(grey));
    }
}
