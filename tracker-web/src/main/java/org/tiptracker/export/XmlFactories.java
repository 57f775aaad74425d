package org.tiptracker.export;

import java.util.Map;

/**
 * Names the JDK's own XML factories as the ones to use, unless the system properties already name
 * others. Without a name, every {@code TransformerFactory.newInstance()} (Apache POI asks for one
 * each time it writes a workbook) searches the class path for another implementation first: a
 * fifth of the time of an Excel export went into that search.
 */
public final class XmlFactories {

    private static final Map<String, String> JDK = Map.of(
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private XmlFactories() {
    }

    public static void useTheJdks() {
        JDK.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }
}
