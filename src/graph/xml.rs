//! A thin layer over quick-xml's writer for the XML formats (GraphML, GEXF):
//! elements with attributes and text, escaping done by quick-xml.

use super::io_error;
use crate::error::Result;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;

pub(crate) struct Xml<'a> {
    w: Writer<&'a mut dyn Write>,
}

impl<'a> Xml<'a> {
    /// An indented writer that starts with the XML declaration.
    pub fn new(out: &'a mut dyn Write) -> Result<Self> {
        let mut w = Writer::new_with_indent(out, b' ', 1);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
            .map_err(io_error)?;
        Ok(Xml { w })
    }

    fn start<'b>(name: &'b str, attrs: &[(&'b str, &'b str)]) -> BytesStart<'b> {
        BytesStart::new(name).with_attributes(attrs.iter().copied())
    }

    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<()> {
        self.w
            .write_event(Event::Start(Self::start(name, attrs)))
            .map_err(io_error)
    }

    pub fn close(&mut self, name: &str) -> Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name))).map_err(io_error)
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<()> {
        self.w
            .write_event(Event::Empty(Self::start(name, attrs)))
            .map_err(io_error)
    }

    /// `<name attrs>text</name>`.
    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> Result<()> {
        self.open(name, attrs)?;
        self.w
            .write_event(Event::Text(BytesText::new(text)))
            .map_err(io_error)?;
        self.close(name)
    }

    /// Ends the document with a newline.
    pub fn finish(mut self) -> Result<()> {
        self.w.get_mut().write_all(b"\n").map_err(io_error)
    }
}
